#!/usr/bin/env bash
# After the p2 director installed org.vmmig.feature from the update site into a plain Eclipse IDE: checks the
# installation holds and starts every vmmig bundle, then starts the IDE the way its users do (Eclipse's
# launcher) in the vmmig perspective — which loads the vmmig UI bundle and creates the Migration Plan view —
# and fails if it exits or logs an error. Saves a screenshot. Needs an X display (./run-tests gives one).
#   install-test.sh IDE_DIR WORK_DIR
set -euo pipefail
ide="$1"
WORK="$2"
TEST_NAME="update-site install test"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
source "$here/../../../org.vmmig.product/src/test/workbench-checks.sh"

bundles="$ide/configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"
[ -f "$bundles" ] || fail "$bundles is missing: the IDE was not materialized"
for bundle in org.vmmig.engine org.vmmig.dsl org.vmmig.dsl.ide org.vmmig.report org.vmmig.dsl.ui; do
  line="$(grep "^$bundle," "$bundles" || true)"
  [ -n "$line" ] || fail "$bundle is not installed (not in bundles.info)"
  jar="$ide/$(echo "$line" | cut -d, -f3)"
  [ -e "$jar" ] || fail "$bundle is listed but $jar is missing"
done
! grep -q "^org.vmmig.workbench," "$bundles" || fail "the product's own bundle must not come with the update site"
# what Xtext needs at run time came from the update site too
for bundle in org.eclipse.xtext org.eclipse.xtext.ide com.google.inject org.antlr.runtime; do
  grep -q "^$bundle," "$bundles" || fail "$bundle (a dependency) was not installed"
done

rm -rf "$WORK"
mkdir -p "$WORK"
workspace="$WORK/workspace"
launcher="$(ls "$ide"/plugins/org.eclipse.equinox.launcher_*.jar | head -n 1)"
start_workbench "$java" -jar "$launcher" -data "$workspace" -perspective org.vmmig.dsl.ui.perspective
for _ in $(seq 1 60); do
  [ -d "$workspace/.metadata" ] && break
  still_running "during start-up"
  sleep 1
done
sleep 20
still_running "after start-up"
screenshot "$WORK/ide-with-vmmig.png"
no_errors_logged "$workspace"
echo "update-site install test passed: org.vmmig.feature installed from the update site into a plain IDE, which started in the vmmig perspective without errors; screenshot $WORK/ide-with-vmmig.png"
