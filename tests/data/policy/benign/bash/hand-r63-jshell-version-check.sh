#!/usr/bin/env bash
# Check that the JDK is new enough for the build.
set -eu
JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/default-java}
"$JAVA_HOME/bin/jshell" -q <<'EOF2'
var v = Runtime.version().feature();
System.out.println(v >= 17 ? "JDK ok (" + v + ")" : "JDK too old (" + v + ")");
/exit
EOF2
