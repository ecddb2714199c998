# evasion: command named by indirection ${!n}
# grade: very-hard; does: rm-rf
n=cmd
cmd=rm
"${!n}" -rf ~
