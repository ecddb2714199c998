#!/usr/bin/env bash
set -euo pipefail
build=${BUILD:-build}
mkdir -p "$build"
cat > "$build/omega.c" <<'SRC'
#include <stdio.h>
int main(void) { printf("omega\n"); return 0; }
SRC
for f in "$build"/*.c; do
	cc -O2 -Wall -c "$f" -o "${f%.c}.o"
done
echo "built $(ls "$build"/*.o | wc -l) objects"
rm -rf "$build"
