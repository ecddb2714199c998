#!/bin/bash
# Render the latency histogram from the CSV with a gnuplot script on stdin.
set -eu
csv=${1:-latency.csv}
gnuplot <<GP
set terminal svg size 900,400
set output 'latency.svg'
set datafile separator ','
plot '$csv' using 2 bins=50 with boxes title 'latency'
GP
echo "wrote latency.svg"
