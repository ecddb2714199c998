#!/bin/bash
# Print the last two arguments and run the compiler with the first ones
set -u
argv=(gcc -O2 -o app main.c util.c)
printf 'inputs: %s\n' "${argv[@]: -2}"
"${argv[@]:0:4}" "${argv[@]: -2}"
