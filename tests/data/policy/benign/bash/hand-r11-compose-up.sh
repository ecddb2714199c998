#!/usr/bin/env bash
# Ordinary: starts the docker compose stack for integration tests, waits
# for the database port to open (a subshell that opens and closes
# /dev/tcp), runs the migrations and the tests, and tears the stack down.
set -euo pipefail

cd "$(dirname "$0")/.."
project="it-$$"
trap 'docker compose -p "$project" down -v --remove-orphans >/dev/null 2>&1 || true' EXIT

docker compose -p "$project" up -d db cache
port=$(docker compose -p "$project" port db 5432 | cut -d: -f2)

for _ in $(seq 1 60); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    break
  fi
  sleep 1
done

export DATABASE_URL="postgres://test:test@127.0.0.1:$port/test"
npm run migrate
npm test -- --runInBand
