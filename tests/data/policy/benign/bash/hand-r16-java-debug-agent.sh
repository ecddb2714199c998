#!/bin/bash
# Run the app with the debug agent listening on a port.
kind=AGENTLIB
export JAVA_TOOL_OPTIONS="-${kind,,}:jdwp=transport=dt_socket,server=y,suspend=n,address=5005"
java -jar app.jar
