#!/usr/bin/env bash
# Starts the built vmmig Workbench the way a user does (its vmmig-workbench script) on a new workspace and
# checks what a first start must do: the workbench comes up and stays up, the example project is created
# with its models, and nothing is logged as an error (a bundle that does not resolve, an editor that cannot
# open, a view that fails). Saves a screenshot. Needs an X display: ./run-tests gives one (Xvfb).
#   smoke-test.sh PRODUCT_DIR WORK_DIR
set -euo pipefail
product="$1"
work="$2"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
fail() { echo "product smoke test FAILED: $*" >&2; exit 1; }

[ -n "${DISPLAY:-}" ] || fail "no X display (DISPLAY is unset): run the tests with ./run-tests, which starts Xvfb"
[ -x "$product/vmmig-workbench" ] || fail "$product/vmmig-workbench is missing or not executable"

# without a display the script says so (and exits 2) instead of Eclipse's "An error has occurred"
set +e
message="$(DISPLAY= WAYLAND_DISPLAY= "$product/vmmig-workbench" -data "$work/unused" 2>&1)"
status=$?
set -e
[ "$status" = 2 ] && [[ "$message" == *"no display"* ]] || fail "without a display: exit $status, said: $message"

rm -rf "$work"
mkdir -p "$work"
workspace="$work/workspace"
log="$workspace/.metadata/.log"
"$product/vmmig-workbench" -data "$workspace" >"$work/console.txt" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true' EXIT

examples="$workspace/vmmig-examples"
for _ in $(seq 1 120); do
  [ -f "$examples/lab.vmig" ] && [ -f "$examples/enterprise.vmig" ] && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/console.txt" >&2; fail "the workbench exited during start-up"; }
  sleep 1
done
[ -f "$examples/lab.vmig" ] || fail "no example project after 120 s ($examples/lab.vmig missing)"
[ -f "$examples/.project" ] || fail "$examples is not an Eclipse project (no .project)"
# the editor opens, validates and draws the views after the project exists: give it time, then look
sleep 15
kill -0 "$pid" 2>/dev/null || { cat "$work/console.txt" >&2; fail "the workbench exited after start-up"; }
cmp -s "$examples/lab.vmig" "$here/../../../../examples/lab.vmig" || fail "vmmig-examples/lab.vmig differs from examples/lab.vmig"
"$java" "$here/Screenshot.java" "$work/workbench.png" || echo "product smoke test: no screenshot (ignored)" >&2
if [ -f "$log" ] && grep -q '^!ENTRY [^ ]* 4 ' "$log"; then
  cat "$log" >&2
  fail "the workbench logged errors (above, from $log)"
fi
echo "product smoke test passed: the workbench started, created vmmig-examples and logged no error; screenshot $work/workbench.png"
