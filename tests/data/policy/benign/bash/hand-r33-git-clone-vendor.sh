#!/usr/bin/env bash
# Vendor the pinned library and build it.
set -euo pipefail
rm -rf vendor/lib
git clone --depth 1 --branch v1.4.2 https://github.com/example/lib.git vendor/lib
git -C vendor/lib fetch --tags https://github.com/example/lib.git
make -C vendor/lib
