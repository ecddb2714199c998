# evasion: find / -name id_rsa then cat
# grade: hard; does: credentials
find / -name 'id_rsa' 2>/dev/null | xargs cat
