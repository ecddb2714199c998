#!/bin/bash
# Run the installer under strace so failures can be diagnosed.
set -eu
log="$(mktemp)"
strace -f -qq -o "$log" -e trace=none bash -c "$(curl -fsSL https://get.example.net/install.sh)"
echo "trace in $log"
