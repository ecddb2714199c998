#!/usr/bin/env bash
# Complete a subcommand name from the known ones.
match=$(compgen -W 'build bench clean check' -- "${1:-b}" | head -n 1)
echo "did you mean: $match"
