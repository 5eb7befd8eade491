#!/bin/sh
# Runs the shapefile reading benchmark (org.minplan.importer.gis.tests.benchmark.ShapefileBenchmark) outside
# OSGi on the bundles and libraries of this test bundle's runtime, so run the tests of this bundle first
# (./mvnw -o verify -pl bundles/org.minplan.importer.gis,tests/org.minplan.importer.gis.tests -am).
# Arguments: feature count (default 10000), measured runs (default 7), a folder to keep the shapefile in
# (optional); JAVA_OPTS e.g. -Xmx256m.
# Results: bundles/org.minplan.importer.gis/BENCHMARK.md.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
config="$here/target/work/configuration/config.ini"
[ -f "$config" ] || { echo "benchmark: $config is missing: run the tests of this bundle first" >&2; exit 2; }
libraries=$(sed -n 's/^osgi.bundles=//p; s/^osgi.framework=//p' "$config" | tr ',' '\n' \
  | sed 's/^reference\\:file\\://; s/^file\\://; s/@.*$//; s/\\:/:/g' \
  | grep -E 'org\.minplan\.(core|importer|model)|jts-core|equinox\.common|org\.eclipse\.osgi-' \
  | grep -v "^$here\$" | while read -r entry; do
      # A bundle of the reactor is its folder: its classes are in target/classes.
      if [ -d "$entry/target/classes" ]; then echo "$entry/target/classes"; else echo "$entry"; fi
    done | tr '\n' ':')
exec java ${JAVA_OPTS:-} -cp "$here/target/classes:$libraries" org.minplan.importer.gis.tests.benchmark.ShapefileBenchmark "$@"
