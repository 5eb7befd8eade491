#!/bin/sh
# Runs the report writer benchmark (org.minplan.report.tests.benchmark.WriterBenchmark) outside OSGi on the
# bundles and libraries of the report tests' runtime, so run the report tests first:
#   ./mvnw -o verify -pl bundles/org.minplan.report,tests/org.minplan.report.tests,tests/org.minplan.tests.support -am
# Arguments: row counts, default 10000. Results: see bundles/org.minplan.report/BENCHMARK.md.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
config="$here/target/work/configuration/config.ini"
[ -f "$config" ] || { echo "benchmark: $config is missing: run the report tests first" >&2; exit 2; }
libraries=$(sed -n 's/^osgi.bundles=//p; s/^osgi.framework=//p' "$config" | tr ',' '\n' \
  | sed 's/^reference\\:file\\://; s/^file\\://; s/@.*$//; s/\\:/:/g' \
  | grep -E 'org\.minplan\.|org\.eclipse\.emf\.|/poi|xmlbeans|commons-|SparseBitSet|curvesapi|log4j-api|openpdf|jts-core|proj4j|org\.eclipse\.osgi-|equinox\.common|equinox\.registry|core\.runtime|core\.jobs|equinox\.preferences|equinox\.app' \
  | grep -v "^$here\$" | tr '\n' ':')
exec java -Xmx2g -cp "$here/target/classes:$libraries" org.minplan.report.tests.benchmark.WriterBenchmark "$@"
