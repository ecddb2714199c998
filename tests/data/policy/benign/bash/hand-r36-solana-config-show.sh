#!/usr/bin/env bash
# Show which cluster the CLI points at.
grep -E '^json_rpc_url' "$HOME/.config/solana/cli/config.yml"
