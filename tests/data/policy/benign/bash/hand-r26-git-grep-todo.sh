#!/bin/bash
# List TODO lines in the tracked sources.
cd "$(git rev-parse --show-toplevel)"
git grep -n -e TODO -- '*.c' '*.h' | sort | head -n 50
