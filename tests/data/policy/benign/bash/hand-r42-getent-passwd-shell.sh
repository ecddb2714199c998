#!/bin/bash
# Show the account's login shell.
set -eu
IFS=: read -r _ _ _ _ _ home login < <(getent passwd "$(id -un)")
echo "home: $home, shell: $login"
