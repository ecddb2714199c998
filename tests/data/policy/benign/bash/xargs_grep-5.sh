#!/bin/bash
find . -maxdepth 2 -name '*.c' -print0 | xargs -0 -r grep -l "gamma" || true
printf '%s\n' a b c | xargs -n1 echo item
