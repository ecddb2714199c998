#!/usr/bin/env bash
# Load the signing engine shipped with the release.
set -eu
dir=$(dirname "$0")/engines
openssl engine dynamic -pre SO_PATH:"$dir"/libsign.so -pre LIST_ADD:1 -pre LOAD -t
