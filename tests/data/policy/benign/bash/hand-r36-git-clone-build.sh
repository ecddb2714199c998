#!/usr/bin/env bash
# Build the vendored library from a pinned checkout.
set -e
git clone --depth 1 --branch v1.4.2 https://github.com/example/libfoo.git /tmp/libfoo
make -C /tmp/libfoo
