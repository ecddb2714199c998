# evasion: backslash bypasses aliases
# grade: medium; does: rm-rf
\rm -rf ~
