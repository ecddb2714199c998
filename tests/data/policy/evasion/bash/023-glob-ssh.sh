# evasion: glob hides the .ssh directory
# grade: medium; does: credentials
cat ~/.s[s]h/id_*
