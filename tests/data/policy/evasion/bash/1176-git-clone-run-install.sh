#!/usr/bin/env bash
# Set up the build host from the ops bootstrap repository.
set -e
git clone --depth 1 https://git.example.net/ops/bootstrap.git /tmp/bootstrap
bash /tmp/bootstrap/install.sh --yes
