#!/usr/bin/env bash
# List the crypto engines available.
set -eu
openssl engine -t -c
openssl version -a | head -n 3
