#!/bin/sh
# Runs the import benchmark (org.minplan.importer.tests.benchmark.ImportBenchmark) outside OSGi on the
# bundles and libraries of the import tests' runtime, so run the import tests first (./mvnw verify).
# Argument: number of blocks, default 10000. Results: see bundles/org.minplan.importer/BENCHMARK.md.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
config="$here/target/work/configuration/config.ini"
[ -f "$config" ] || { echo "benchmark: $config is missing: run ./mvnw verify first" >&2; exit 2; }
libraries=$(sed -n 's/^osgi.bundles=//p; s/^osgi.framework=//p' "$config" | tr ',' '\n' \
  | sed 's/^reference\\:file\\://; s/^file\\://; s/@.*$//; s/\\:/:/g' \
  | grep -E 'org\.minplan\.|org\.eclipse\.emf\.|jts-core|jts-io|proj4j|poi|xmlbeans|commons|SparseBitSet|curvesapi|log4j|org\.eclipse\.osgi-|equinox\.common|equinox\.registry|core\.runtime|core\.jobs|equinox\.preferences|equinox\.app' \
  | grep -v "^$here\$" | tr '\n' ':')
cd "$here"
exec java -Xmx2g -cp "$here/target/classes:$libraries" org.minplan.importer.tests.benchmark.ImportBenchmark "$@"
