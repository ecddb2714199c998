#!/bin/bash
find . -maxdepth 2 -name '*.txt' -print0 | xargs -0 -r grep -l "beta" || true
printf '%s\n' a b c | xargs -n1 echo item
