#!/bin/bash
# Plot the benchmark timings to a PNG with gnuplot.
set -eu
data=${1:-bench/timings.dat}
out=${2:-timings.png}
gnuplot -e "set terminal pngcairo size 800,500; set output '$out'; set xlabel 'run'; plot '$data' using 1:2 with linespoints title 'ms'"
echo "wrote $out"
