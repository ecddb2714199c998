#!/usr/bin/env bash
# Ordinary CLI: lists the host aliases defined in ~/.ssh/config with their
# HostName and User, for a shell completion menu. Reads only the config file.
set -eu
cfg=${SSH_CONFIG:-$HOME/.ssh/config}
[ -r "$cfg" ] || { echo "no $cfg" >&2; exit 0; }
awk '
  tolower($1) == "host" { for (i = 2; i <= NF; i++) if ($i !~ /[*?]/) hosts[++n] = $i; cur_start = n - NF + 2; next }
  tolower($1) == "hostname" { for (i = cur_start; i <= n; i++) hn[i] = $2 }
  tolower($1) == "user" { for (i = cur_start; i <= n; i++) us[i] = $2 }
  END { for (i = 1; i <= n; i++) printf "%-20s %-30s %s\n", hosts[i], hn[i], us[i] }
' "$cfg"
