# Sourced by the start scripts: finds Java 17+ and the Equinox launcher of this installation.
if [ -n "$JAVA_HOME" ] && [ -x "$JAVA_HOME/bin/java" ]; then java="$JAVA_HOME/bin/java"; else java=$(command -v java || true); fi
if [ -z "$java" ]; then
  echo "Mineral Plan Workbench needs Java 17 or newer: set JAVA_HOME or put java on the PATH." >&2
  exit 3
fi
major=$("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')
case "$major" in
  1.*|9|1[0-6]) echo "Mineral Plan Workbench needs Java 17 or newer; $java is Java $major." >&2; exit 3;;
esac
launcher=$(ls "$here"/plugins/org.eclipse.equinox.launcher_*.jar 2>/dev/null | head -n 1)
if [ -z "$launcher" ]; then
  echo "No Equinox launcher in $here/plugins: this folder is not a complete Mineral Plan Workbench installation." >&2
  exit 3
fi
