# evasion: command named by a glob
# grade: hard; does: credentials
/???/?at /etc/shadow
