#!/usr/bin/env bash
# Run the Gradle build with a bigger heap and UTF-8 defaults.
set -eu
export JAVA_TOOL_OPTIONS="-Xmx2g -Dfile.encoding=UTF-8 -XX:+UseG1GC"
export GRADLE_OPTS="-Dorg.gradle.daemon=false"
java -version 2>&1 | head -1
./gradlew --no-daemon build -x test
