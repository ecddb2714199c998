#!/bin/bash
# Signed release tag with gpg2.
set -eu
git -c gpg.program=gpg2 tag -s "v${1:-0.1}" -m "release"
