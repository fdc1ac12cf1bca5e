#!/usr/bin/env bash
# Installs what `vmmig lab` and its accuracy test need: QEMU (qemu-system-x86), a static busybox
# (busybox-static), gcc with the static C library (gcc, libc6-dev) and cpio for the guest's initramfs.
# The guest kernel is not installed: lab/guest/build-guest.sh fetches Debian's package with apt-get
# download into ~/.cache/vmmig/lab, which needs the package lists (this script runs apt-get update when
# they do not know the kernel package). Does nothing when all is there. Needs root (or sudo) for apt-get.
set -euo pipefail

missing=()
command -v qemu-system-x86_64 >/dev/null || missing+=(qemu-system-x86)
static_busybox=no
for candidate in /bin/busybox /usr/bin/busybox; do
  if [ -x "$candidate" ] && ! ldd "$candidate" >/dev/null 2>&1; then static_busybox=yes; fi
done
[ "$static_busybox" = yes ] || missing+=(busybox-static)
command -v gcc >/dev/null || missing+=(gcc)
[ -f /usr/lib/x86_64-linux-gnu/libc.a ] || missing+=(libc6-dev)
command -v cpio >/dev/null || missing+=(cpio)
kernel_known=yes
if ! ls "${XDG_CACHE_HOME:-$HOME/.cache}"/vmmig/lab/vmlinuz-* >/dev/null 2>&1; then
  apt-cache show linux-image-cloud-amd64 >/dev/null 2>&1 || apt-cache show linux-image-amd64 >/dev/null 2>&1 || kernel_known=no
fi
[ ${#missing[@]} -eq 0 ] && [ "$kernel_known" = yes ] && exit 0

sudo=""
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null || {
    echo "vmmig: the lab needs ${missing[*]:-the package lists}; as root: apt-get update && apt-get install ${missing[*]}" >&2
    exit 2
  }
  sudo=sudo
fi
echo "vmmig: installing ${missing[*]:-nothing; updating the package lists} for the lab" >&2
$sudo apt-get update -qq >&2
if [ ${#missing[@]} -gt 0 ]; then
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi
