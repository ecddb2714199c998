#!/bin/bash
# Normalise a user-supplied name to lower case for the file name.
NAME=${1:-REPORT}
out="${NAME@L}.txt"
date > "$out"
