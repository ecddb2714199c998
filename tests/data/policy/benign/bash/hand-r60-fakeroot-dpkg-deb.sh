#!/usr/bin/env bash
# Build the package with root ownership inside fakeroot.
set -eu
fakeroot -- dpkg-deb --build pkg "dist/tool_$(date +%Y%m%d).deb"
