#!/bin/bash
# Print the build steps in their numbered order
set -u
mapfile -t steps < <(printf '%s\n' "3 package" "1 configure" "2 compile" | sort -n | cut -d' ' -f2-)
printf 'step: %s\n' "${steps[@]}"
