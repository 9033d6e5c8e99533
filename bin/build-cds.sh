#!/usr/bin/env bash
# Builds a class-data-sharing archive for a faster start: the application is started once up to its
# refreshed context to record the classes it loads, and later starts map that archive instead of loading
# and verifying the classes again. target/vanban.jar is flat, so the archive is made for it as it is; it is
# used only when the jar is started by the same path and is unchanged since (Java 17 then ignores it
# without a word: -Xlog:cds tells).
# Usage: bin/build-cds.sh [target/vanban.jar]; then
#        java -XX:SharedArchiveFile=target/vanban.jsa -jar target/vanban.jar
set -euo pipefail
jar="${1:-target/vanban.jar}"
archive="${jar%.jar}.jsa"
rm -f "$archive"
# The training run uses a throw-away database so that it neither needs nor touches ./data.
java -XX:ArchiveClassesAtExit="$archive" -Dspring.context.exit=onRefresh \
  -Dspring.datasource.url="jdbc:h2:mem:cds-training" -jar "$jar" >/dev/null
echo "CDS archive: $archive (java -XX:SharedArchiveFile=$archive -jar $jar)"
