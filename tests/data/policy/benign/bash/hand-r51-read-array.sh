#!/usr/bin/env bash
# split a version into fields
set -eu
IFS=. read -ra parts <<< "${1:-1.2.3}"
printf 'major=%s minor=%s\n' "${parts[0]}" "${parts[1]}"
