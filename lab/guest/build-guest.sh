#!/usr/bin/env bash
# Builds the vmmig lab guest into a cache directory and prints two lines: "kernel PATH" and "initramfs PATH".
#   build-guest.sh CACHE_DIR
# The kernel is the vmlinuz of Debian's linux-image-cloud-amd64 (or linux-image-amd64), fetched with
# apt-get download and unpacked with dpkg -x - nothing is installed. The initramfs is busybox-static,
# the /init script and dirtier.c compiled with gcc -static, packed with cpio; it is rebuilt when one of
# them changes (its name carries their checksum). Missing tools: scripts/install-lab-deps.sh.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
cache="${1:?usage: build-guest.sh CACHE_DIR}"
mkdir -p "$cache"
cache="$(cd "$cache" && pwd)"

die() { echo "vmmig lab: $*" >&2; exit 2; }
for tool in gcc cpio gzip dpkg apt-get; do
  command -v "$tool" >/dev/null || die "'$tool' is missing (run scripts/install-lab-deps.sh as root)"
done
busybox=""
for candidate in /bin/busybox /usr/bin/busybox; do
  if [ -x "$candidate" ] && ! ldd "$candidate" >/dev/null 2>&1; then busybox="$candidate"; break; fi
done
[ -n "$busybox" ] || die "a static busybox is missing (Debian package busybox-static; run scripts/install-lab-deps.sh as root)"

# --- the kernel: newest vmlinuz already in the cache, else fetched from the Debian package ---
kernel="$(ls -1 "$cache"/vmlinuz-* 2>/dev/null | sort -V | tail -n1 || true)"
if [ -z "$kernel" ]; then
  work="$(mktemp -d "$cache/kernel.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
  package=""
  for meta in linux-image-cloud-amd64 linux-image-amd64; do
    # the metapackage depends on the versioned image package that holds /boot/vmlinuz-*
    package="$(apt-cache depends "$meta" 2>/dev/null | sed -n 's/^ *Depends: \(linux-image-[0-9][^ ]*\)$/\1/p' | head -n1)"
    [ -n "$package" ] && break
  done
  [ -n "$package" ] || die "no Debian kernel package found (apt-cache knows neither linux-image-cloud-amd64 nor linux-image-amd64; run apt-get update)"
  echo "vmmig lab: fetching the guest kernel ($package)" >&2
  (cd "$work" && apt-get download -q "$package" >&2 2>&1) || die "apt-get download $package failed"
  dpkg -x "$work"/*.deb "$work/root"
  image="$(ls -1 "$work"/root/boot/vmlinuz-* | head -n1)"
  [ -f "$image" ] || die "$package holds no /boot/vmlinuz-*"
  cp "$image" "$cache/$(basename "$image")"
  kernel="$cache/$(basename "$image")"
  rm -rf "$work"
  trap - EXIT
fi

# --- the initramfs, named after the checksum of what goes into it ---
sum="$(cat "$here/init" "$here/dirtier.c" "$busybox" | sha256sum | cut -c1-16)"
initramfs="$cache/initramfs-$sum.cpio.gz"
if [ ! -f "$initramfs" ]; then
  root="$(mktemp -d "$cache/initramfs.XXXXXX")"
  trap 'rm -rf "$root"' EXIT
  mkdir -p "$root"/{bin,proc,sys,dev}
  cp "$busybox" "$root/bin/busybox"
  ln -s busybox "$root/bin/sh"
  install -m 0755 "$here/init" "$root/init"
  gcc -O2 -static -Wall -Werror -o "$root/bin/dirtier" "$here/dirtier.c" \
    || die "could not compile dirtier.c (gcc -static needs libc6-dev)"
  (cd "$root" && find . -print0 | LC_ALL=C sort -z | cpio --null -o -H newc --quiet --owner 0:0 | gzip -9n) > "$initramfs.tmp"
  mv "$initramfs.tmp" "$initramfs"
  rm -rf "$root"
  trap - EXIT
fi
echo "kernel $kernel"
echo "initramfs $initramfs"
