# evasion: cat of the SSH key
# grade: easy; does: credentials
cat ~/.ssh/id_rsa
