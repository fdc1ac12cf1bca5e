#!/usr/bin/env bash
# Installs what the tests need to run headless: an X server (Xvfb), GTK 3 for SWT and a font for the
# workbench UI tests, Chromium for the test that opens the HTML report in a real browser, Neovim for the
# language server's test with a real editor, and node/npm for the VS Code extension's build.
# Then what the lab's accuracy test needs (install-lab-deps.sh: QEMU, busybox-static, gcc, cpio).
# Does nothing when they are already there. Needs root (or sudo) for apt-get.
set -euo pipefail

# the lab's accuracy test boots QEMU guests: its own script installs what it needs
bash "$(dirname "${BASH_SOURCE[0]}")/install-lab-deps.sh"

missing=()
command -v xvfb-run >/dev/null || missing+=(xvfb)
command -v xauth >/dev/null || missing+=(xauth)
ldconfig -p 2>/dev/null | grep -q 'libgtk-3.so.0' || missing+=(libgtk-3-0)
[ -d /usr/share/fonts/truetype/dejavu ] || missing+=(fonts-dejavu-core)
command -v chromium >/dev/null || missing+=(chromium)
# the language server's test with a real editor: headless Neovim and its built-in LSP client
command -v nvim >/dev/null || missing+=(neovim)
# the VS Code extension's build (editors/vscode/build): node and npm
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
# vmmig generate's outputs are checked by each ecosystem's own tools (GeneratedRunbookToolsTest)
command -v shellcheck >/dev/null || missing+=(shellcheck)
command -v yamllint >/dev/null || missing+=(yamllint)
command -v ansible-playbook >/dev/null || missing+=(ansible-core)
command -v virsh >/dev/null || missing+=(libvirt-clients)
command -v xmllint >/dev/null || missing+=(libxml2-utils) # virt-xml-validate runs it
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null || { echo "vmmig: the tests need ${missing[*]}; install them as root (apt-get install ${missing[*]})" >&2; exit 2; }
  sudo=sudo
fi
echo "vmmig: installing ${missing[*]} for the tests" >&2
$sudo apt-get update -qq >&2
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
