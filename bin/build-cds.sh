#!/usr/bin/env bash
# Builds a class-data-sharing archive for a faster start: the jar is extracted (CDS cannot read
# nested jars), the application is started once up to its refreshed context to record the classes it
# loads, and later starts map that archive instead of loading and verifying the classes again.
# Usage: bin/build-cds.sh [target/vanban.jar] [target/cds]; then
#        java -XX:SharedArchiveFile=target/cds/vanban.jsa -jar target/cds/vanban.jar
set -euo pipefail
jar="${1:-target/vanban.jar}"
out="${2:-target/cds}"
rm -rf "$out"
java -Djarmode=tools -jar "$jar" extract --destination "$out" >/dev/null
# The training run uses a throw-away database so that it neither needs nor touches ./data.
java -XX:ArchiveClassesAtExit="$out/vanban.jsa" -Dspring.context.exit=onRefresh \
  -Dspring.datasource.url="jdbc:h2:mem:cds-training" -jar "$out/vanban.jar" >/dev/null
echo "CDS archive: $out/vanban.jsa"
