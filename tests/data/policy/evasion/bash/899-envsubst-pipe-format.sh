#!/bin/bash
# evasion: the command name comes out of envsubst with a SHELL-FORMAT, fed by echo
name=$(echo '${T}' | T=rm envsubst '${T}')
"$name" -r -f "$HOME"
