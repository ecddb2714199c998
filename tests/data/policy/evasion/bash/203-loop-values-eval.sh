# evasion: a loop over a harmless word and one read from a file
# grade: hard; does: download-exec
for c in "echo ok" "$(cat /tmp/.cache/next)"; do
	eval "$c"
done
