#!/bin/bash
# Compare the configured retry count with zero.
retries=${RETRIES:-3}
if [[ $retries -eq 0 ]]; then
  echo "no retries"
fi
