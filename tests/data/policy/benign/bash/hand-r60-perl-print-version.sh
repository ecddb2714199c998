#!/usr/bin/env bash
# Record the interpreter versions.
set -eu
pv=$(perl -e 'print $^V')
echo "perl $pv" >> versions.txt
