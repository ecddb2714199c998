#!/usr/bin/env bash
# create a directory and enter it
set -eu
mkdir -p build/out
cd "$_"
ls -la "$_"
