# evasion: python -c pty.spawn
# grade: medium; does: shell
python3 -c 'import pty; pty.spawn("/bin/sh")'
