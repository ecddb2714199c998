#!/usr/bin/env bash
# Build two objects with a generated ninja file.
set -e
mkdir -p out
cat > out/build.ninja <<'EOF'
rule cc
  command = cc -O2 -c $in -o $out
rule clean
  command = rm -rf out/obj
build out/obj/a.o: cc src/a.c
build out/obj/b.o: cc src/b.c
EOF
ninja -f out/build.ninja
