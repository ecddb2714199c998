# evasion: command named by indirection ${!n}
# grade: very-hard; does: shell
n=cmd
cmd=sh
"${!n}" -i
