#!/bin/sh
# Regenerates the EMF model and edit code of a .genmodel without Eclipse (see README.md beside this file):
#   releng/org.minplan.modelgen/generate.sh bundles/org.minplan.model/model/minplan.genmodel
# The same as: ./mvnw -f releng/org.minplan.modelgen/pom.xml -q compile exec:java -Dgenmodel=<genmodel>
set -eu
if [ $# -ne 1 ]; then
  echo "usage: $0 <path/to/model.genmodel>" >&2
  exit 2
fi
here=$(cd "$(dirname "$0")" && pwd)
case "$1" in
  /*) genmodel=$1 ;;
  *) genmodel=$PWD/$1 ;;
esac
exec "$here/../../mvnw" -f "$here/pom.xml" -q compile exec:java -Dgenmodel="$genmodel"
