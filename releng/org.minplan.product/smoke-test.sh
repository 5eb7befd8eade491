#!/bin/sh
# Smoke test of the materialized product, run by the build after the product is assembled:
# the start scripts find Java and the launcher, the headless application starts and returns
# its exit codes to the shell. Argument: the product folder.
set -u
product=$1
fail() { echo "product smoke test FAILED: $*" >&2; exit 1; }
[ -x "$product/minplan" ] || fail "$product/minplan is missing or not executable"
[ -x "$product/minplan-workbench" ] || fail "$product/minplan-workbench is missing or not executable"
out=$("$product/minplan" --version 2>&1); code=$?
[ $code -eq 0 ] || fail "minplan --version exited with $code: $out"
echo "$out" | head -n 1 | grep -Eq '^Mineral Plan Workbench [0-9]+\.[0-9]+\.[0-9]+\.[0-9]{8,}$' \
  || fail "minplan --version printed: $out"
"$product/minplan" no-such-command >/dev/null 2>&1; code=$?
[ $code -eq 2 ] || fail "an unknown command should exit with 2, got $code"
# validate: the rule sets are in the product (a known rule id is accepted) and a missing plan is unusable input
missing="$product/no-such-plan.minplan"
checked=$("$product/minplan" validate "$missing" --rules spatial.sameKindOverlap,consistency.statementMeasure 2>&1); code=$?
[ $code -eq 2 ] || fail "minplan validate of a missing file should exit with 2, got $code: $checked"
echo "$checked" | grep -q "no-such-plan.minplan" \
  || fail "minplan validate did not name the missing file (rule sets not in the product?): $checked"
echo "product smoke test passed: $(echo "$out" | head -n 1)"
