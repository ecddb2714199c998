#!/usr/bin/env bash
# Show which account the stack uses.
set -eu
pulumi whoami -v
pulumi stack ls
