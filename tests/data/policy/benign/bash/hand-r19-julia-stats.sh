#!/bin/bash
# Summarise a column of numbers with julia.
set -eu
file=${1:-samples.txt}
julia --startup-file=no -e 'xs = parse.(Float64, readlines(ARGS[1])); println("n=", length(xs), " mean=", sum(xs)/length(xs))' "$file"
