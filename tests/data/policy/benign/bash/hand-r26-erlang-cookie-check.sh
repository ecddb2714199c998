#!/bin/bash
# Check the Erlang node cookie exists and has safe permissions.
f="$HOME/.erlang.cookie"
if [ -f "$f" ]; then
  stat -c '%a %n' "$f"
else
  echo "no cookie yet"
fi
