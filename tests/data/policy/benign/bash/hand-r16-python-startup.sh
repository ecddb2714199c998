#!/bin/bash
# Start an interactive python with history and tab completion.
rc=$(mktemp --suffix=.py)
printf 'import readline, rlcompleter\nreadline.parse_and_bind("tab: complete")\n' > "$rc"
PYTHONSTARTUP=$rc python3 -i
rm -f "$rc"
