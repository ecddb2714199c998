#!/usr/bin/env bash
# Check the hardware token engine.
set -eu
lib="$PWD/vendor/libtokeneng.so"
openssl engine -t dynamic -pre "SO_PATH:$lib" -pre ID:tokeneng -pre LOAD
