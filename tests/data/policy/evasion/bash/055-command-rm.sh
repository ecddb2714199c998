# evasion: command rm
# grade: medium; does: rm-rf
command rm -rf ~
