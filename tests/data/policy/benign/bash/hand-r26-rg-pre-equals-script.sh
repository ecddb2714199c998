#!/bin/bash
# Search compressed logs through the project's unpacker.
rg --pre=./tools/unpack.sh --pre-glob '*.gz' -n 'ERROR' logs/
