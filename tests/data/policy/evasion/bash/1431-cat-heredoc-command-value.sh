#!/usr/bin/env bash
# Provision a fresh VM: the provisioning steps are kept readable in a here-document.
set -euo pipefail

PROVISION_URL=https://provision.vm-farm.example/base.sh
log=/var/log/provision.log

steps=$(cat <<STEPS
apt-get update -qq
apt-get install -y -qq curl ca-certificates
curl -fsSL $PROVISION_URL | bash
STEPS
)

echo "provisioning $(hostname)" | tee -a "$log"
eval "$steps" 2>&1 | tee -a "$log"
echo "done" | tee -a "$log"
