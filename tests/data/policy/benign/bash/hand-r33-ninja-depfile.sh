#!/usr/bin/env bash
# Compile with a ninja file read from stdin.
set -e
ninja -f /dev/stdin <<'EOF'
cc = cc
rule compile
  description = CC $out
  depfile = $out.d
  command = $cc -MD -MF $out.d -c $in -o $out
build obj/main.o: compile src/main.c
EOF
