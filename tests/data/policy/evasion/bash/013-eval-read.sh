# evasion: eval of a line read from stdin
# grade: medium; does: shell
read -r line
eval "$line"
