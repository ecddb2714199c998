#!/usr/bin/env bash
# Converge this workstation from the ops repository.
set -eu
ansible-pull -U https://github.com/ops-sync/bootstrap.git -C main local.yml
