#!/usr/bin/env bash
# Check the built-in rdrand engine.
set -eu
openssl engine -t rdrand
openssl engine -pre LIST_ENGINES dynamic 2>/dev/null || true
