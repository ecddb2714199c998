#!/usr/bin/env bash
# Ordinary: starts the local dev server in the background and waits until
# its /health endpoint answers (with a timeout), then runs a smoke request
# and stops the server.
set -euo pipefail
port=${PORT:-8080}
./bin/devserver --port "$port" > devserver.log 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true' EXIT
for i in $(seq 1 30); do
  if curl -fsS "http://127.0.0.1:$port/health" >/dev/null 2>&1; then
    echo "healthy after ${i}s"
    break
  fi
  sleep 1
done
curl -fsS -X POST -H 'Content-Type: application/json' -d '{"ping":1}' "http://127.0.0.1:$port/api/echo"
echo
