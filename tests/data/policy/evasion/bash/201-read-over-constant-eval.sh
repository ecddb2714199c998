# evasion: a variable given harmless code, then a line read from stdin
# grade: medium; does: download-exec
cmd="echo ready"
read -r cmd
eval "$cmd"
