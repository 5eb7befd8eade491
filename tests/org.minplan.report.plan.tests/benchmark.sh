#!/bin/sh
# Runs the plan table report benchmark (org.minplan.report.plan.tests.benchmark.ReportBenchmark) outside OSGi
# on the bundles and libraries of these tests' runtime, so run ./mvnw verify (or at least these tests) first.
# Arguments: sample scales, default 1 10 100. Results: bundles/org.minplan.report.plan/BENCHMARK.md.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
config="$here/target/work/configuration/config.ini"
[ -f "$config" ] || { echo "benchmark: $config is missing: run ./mvnw verify first" >&2; exit 2; }
# osgi.bundles=reference\:file\:/path/a.jar,...: keep what the reports need (not SWT, not the workbench)
libraries=$(sed -n 's/^osgi.bundles=//p; s/^osgi.framework=//p' "$config" | tr ',' '\n' \
  | sed 's/^reference\\:file\\://; s/^file\\://; s/@.*$//; s/\\:/:/g' \
  | grep -E 'org\.minplan\.|org\.eclipse\.emf\.|jts-core|proj4j|org\.eclipse\.osgi-|equinox\.common|equinox\.registry|core\.runtime|core\.jobs|equinox\.preferences|equinox\.app' \
  | grep -v "^$here\$" | tr '\n' ':')
exec java -Xmx4g -cp "$here/target/classes:$libraries" org.minplan.report.plan.tests.benchmark.ReportBenchmark \
  "$root/bundles/org.minplan.sample/seed-tables" "$@"
