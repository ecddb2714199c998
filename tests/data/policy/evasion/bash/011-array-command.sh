# evasion: command held in an array
# grade: medium; does: rm-rf
cmd=(rm -rf "$HOME")
"${cmd[@]}"
