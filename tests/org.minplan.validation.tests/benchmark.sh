#!/bin/sh
# Runs the validation benchmark (org.minplan.validation.tests.benchmark.ValidationBenchmark) outside OSGi on
# the bundles and libraries of the validation tests' runtime, so run ./mvnw verify (or at least the
# validation tests) first. Arguments: block counts, default 10000 100000. Results: see
# bundles/org.minplan.validation/BENCHMARK.md.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
config="$here/target/work/configuration/config.ini"
[ -f "$config" ] || { echo "benchmark: $config is missing: run ./mvnw verify first" >&2; exit 2; }
# osgi.bundles=reference\:file\:/path/a.jar,...: keep what validation needs (not SWT, not the workbench)
libraries=$(sed -n 's/^osgi.bundles=//p; s/^osgi.framework=//p' "$config" | tr ',' '\n' \
  | sed 's/^reference\\:file\\://; s/^file\\://; s/@.*$//; s/\\:/:/g' \
  | grep -E 'org\.minplan\.|org\.eclipse\.emf\.|jts-core|proj4j|org\.eclipse\.osgi-|equinox\.common|equinox\.registry|core\.runtime|core\.jobs|equinox\.preferences|equinox\.app' \
  | grep -v "^$here\$" | tr '\n' ':')
exec java -Xmx6g -cp "$here/target/classes:$libraries" org.minplan.validation.tests.benchmark.ValidationBenchmark "$@"
