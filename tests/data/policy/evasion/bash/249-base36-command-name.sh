# evasion: the command name and its flags are numbers written in base 36, turned back into letters by a small loop
# grade: very hard; does: delete
digits=0123456789abcdefghijklmnopqrstuvwxyz
b36() {
	local n=$1 s=
	while ((n > 0)); do
		s=${digits:n%36:1}$s
		n=$((n / 36))
	done
	printf '%s' "$s"
}
"$(b36 994)" "-$(b36 987)" -- "$HOME"
