#!/bin/sh
# Runs the map and review-report benchmark (org.minplan.report.review.tests.benchmark.ReviewBenchmark) outside
# OSGi on the bundles and libraries of these tests' runtime, so run the tests first:
#   ./mvnw -o verify -pl tests/org.minplan.report.review.tests -am   (see bundles/org.minplan.render/BENCHMARK.md)
# Arguments: the scales of the larger sample plans, default 10. Results: bundles/org.minplan.render/BENCHMARK.md.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
config="$here/target/work/configuration/config.ini"
[ -f "$config" ] || { echo "benchmark: $config is missing: run the tests first" >&2; exit 2; }
libraries=$(sed -n 's/^osgi.bundles=//p; s/^osgi.framework=//p' "$config" | tr ',' '\n' \
  | sed 's/^reference\\:file\\://; s/^file\\://; s/@.*$//; s/\\:/:/g' \
  | grep -E 'org\.minplan\.|org\.eclipse\.emf\.|jts-core|proj4j|org\.eclipse\.osgi-|equinox\.common|equinox\.registry|core\.runtime|core\.jobs|equinox\.preferences|equinox\.app' \
  | grep -v "^$here\$" | tr '\n' ':')
exec java -Xmx4g -Djava.awt.headless=true -cp "$here/target/classes:$libraries" \
  org.minplan.report.review.tests.benchmark.ReviewBenchmark "$@"
