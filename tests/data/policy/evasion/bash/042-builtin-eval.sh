# evasion: builtin eval of a read line
# grade: medium; does: shell
read -r x
builtin eval "$x"
