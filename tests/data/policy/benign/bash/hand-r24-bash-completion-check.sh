#!/bin/bash
# Report whether user completions are configured.
if [ -f "$HOME/.bash_completion" ]; then
  echo "user completions: $(grep -c '^complete' "$HOME/.bash_completion") entries"
else
  echo "no user completions"
fi
