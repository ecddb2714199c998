#!/usr/bin/env bash
# Build with an extra variable set through make.
set -eu
make -s --eval='CFLAGS += -O2' all
