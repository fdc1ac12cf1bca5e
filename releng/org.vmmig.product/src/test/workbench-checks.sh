# Sourced by the tests that start a real workbench (the product's smoke test, the update-site install test):
# start it in the background, check it is still running, look for errors in its log, take a screenshot.
# The sourcing script sets TEST_NAME (for messages) and WORK (a fresh folder for output) first.

checks_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

fail() { echo "$TEST_NAME FAILED: $*" >&2; exit 1; }

[ -n "${DISPLAY:-}" ] || fail "no X display (DISPLAY is unset): run the tests with ./run-tests, which starts Xvfb"

# start_workbench COMMAND...: runs it in the background (output in $WORK/console.txt); stopped on exit
start_workbench() {
  "$@" >"$WORK/console.txt" 2>&1 &
  workbench_pid=$!
  trap 'kill "$workbench_pid" 2>/dev/null || true; wait "$workbench_pid" 2>/dev/null || true' EXIT
}

# still_running WHEN: fails, with the console output, if the workbench has exited
still_running() {
  kill -0 "$workbench_pid" 2>/dev/null || { cat "$WORK/console.txt" >&2; fail "the workbench exited $1"; }
}

# no_errors_logged WORKSPACE: fails if Eclipse logged an error (severity 4) in the workspace's log
no_errors_logged() {
  local log="$1/.metadata/.log"
  if [ -f "$log" ] && grep -q '^!ENTRY [^ ]* 4 ' "$log"; then
    cat "$log" >&2
    fail "the workbench logged errors (above, from $log)"
  fi
}

# screenshot FILE: the whole display as a PNG (a missing screenshot does not fail the test)
screenshot() {
  "$java" "$checks_dir/Screenshot.java" "$1" || echo "$TEST_NAME: no screenshot (ignored)" >&2
}
