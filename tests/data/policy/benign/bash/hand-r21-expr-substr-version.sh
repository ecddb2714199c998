#!/bin/bash
# Split a version string with expr
set -u
v="v2.14.3"
major=$(expr substr "$v" 2 1)
echo "major version: $major"
