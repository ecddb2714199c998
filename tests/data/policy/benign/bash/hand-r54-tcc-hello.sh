#!/usr/bin/env bash
# Check that the tiny C compiler works.
set -eu
tcc -run - <<'C'
#include <stdio.h>
int main(void) { puts("tcc ok"); return 0; }
C
