#!/usr/bin/env bash
# normalise a label
set -eu
name=${1:-Release}
printf '%s %s %s\n' "${name^^}" "${name,,}" "${name~~}"
