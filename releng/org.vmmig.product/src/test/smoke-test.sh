#!/usr/bin/env bash
# Starts the built vmmig Workbench the way a user does (its vmmig-workbench script) on a new workspace and
# checks what a first start must do: the workbench comes up and stays up, the example project is created
# with its models, and nothing is logged as an error (a bundle that does not resolve, an editor that cannot
# open, a view that fails). Saves a screenshot. Needs an X display: ./run-tests gives one (Xvfb).
#   smoke-test.sh PRODUCT_DIR WORK_DIR
set -euo pipefail
product="$1"
WORK="$2"
TEST_NAME="product smoke test"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/workbench-checks.sh"

[ -x "$product/vmmig-workbench" ] || fail "$product/vmmig-workbench is missing or not executable"

# without a display the script says so (and exits 2) instead of Eclipse's "An error has occurred"
set +e
message="$(DISPLAY= WAYLAND_DISPLAY= "$product/vmmig-workbench" -data "$WORK/unused" 2>&1)"
status=$?
set -e
[ "$status" = 2 ] && [[ "$message" == *"no display"* ]] || fail "without a display: exit $status, said: $message"

rm -rf "$WORK"
mkdir -p "$WORK"
workspace="$WORK/workspace"
start_workbench "$product/vmmig-workbench" -data "$workspace"

examples="$workspace/vmmig-examples"
for _ in $(seq 1 120); do
  [ -f "$examples/lab.vmig" ] && [ -f "$examples/enterprise.vmig" ] && break
  still_running "during start-up"
  sleep 1
done
[ -f "$examples/lab.vmig" ] || fail "no example project after 120 s ($examples/lab.vmig missing)"
[ -f "$examples/.project" ] || fail "$examples is not an Eclipse project (no .project)"
# the editor opens, validates and draws the views after the project exists: give it time, then look
sleep 15
still_running "after start-up"
cmp -s "$examples/lab.vmig" "$here/../../../../examples/lab.vmig" || fail "vmmig-examples/lab.vmig differs from examples/lab.vmig"
screenshot "$WORK/workbench.png"
no_errors_logged "$workspace"
echo "product smoke test passed: the workbench started, created vmmig-examples and logged no error; screenshot $WORK/workbench.png"
