#!/usr/bin/env bash
# Encrypt the export for the team key.
set -eu
age -r "$(cat keys/team.pub)" -o export.tar.age export.tar
