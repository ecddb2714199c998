#!/usr/bin/env bash
# Run the service with the JDWP debugger and the OpenTelemetry agent.
set -eu
export JAVA_TOOL_OPTIONS="-agentlib:jdwp=transport=dt_socket,server=y,suspend=n,address=*:5005 -javaagent:/opt/otel/opentelemetry-javaagent.jar"
exec java -jar build/libs/service.jar
