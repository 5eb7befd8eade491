# Sourced by ./workbench and ./minplan: sets $product to the built product folder, building it first
# when it is missing or older than the sources (bundles, features, releng, target platform).
top=$(cd "$(dirname "$0")" && pwd)
product="$top/releng/org.minplan.product/target/products/org.minplan.product/linux/gtk/x86_64/minplan"
marker="$product/plugins"
stale=
if [ ! -d "$marker" ]; then
  stale="not built yet"
elif [ -n "$(find "$top/bundles" "$top/features" "$top/releng" "$top/targetplatform" "$top/pom.xml" \
        -path '*/target' -prune -o -type f -newer "$marker" -print 2>/dev/null | head -n 1)" ]; then
  stale="sources changed since the last build"
fi
if [ -n "$stale" ] && [ "${MINPLAN_NO_BUILD:-}" != 1 ]; then
  echo "Building Mineral Plan Workbench ($stale; first build downloads ~300 MB from Maven Central)..." >&2
  (cd "$top" && ./mvnw -q -DskipTests verify) || { echo "Build failed; run ./mvnw verify to see why." >&2; exit 1; }
  touch "$marker"
fi
