#!/bin/bash
# Compile under valgrind's wrapper to check the compiler itself.
set -eu
gcc -wrapper valgrind,-q -c src/main.c -o build/main.o
