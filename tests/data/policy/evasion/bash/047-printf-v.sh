# evasion: printf -v stores the command name
# grade: hard; does: rm-rf
printf -v cmd '%s' rm
$cmd -rf ~
