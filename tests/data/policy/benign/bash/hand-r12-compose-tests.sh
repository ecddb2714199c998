#!/usr/bin/env bash
# Ordinary: runs the test suite inside docker compose: builds the images,
# starts the database, waits until it answers, runs pytest in the app
# container and always tears the stack down (with volumes) afterwards.
set -euo pipefail

project="${COMPOSE_PROJECT_NAME:-apptest}"
compose=(docker compose -p "$project" -f docker-compose.test.yml)

cleanup() {
    "${compose[@]}" down -v --remove-orphans >/dev/null 2>&1 || true
}
trap cleanup EXIT

"${compose[@]}" build
"${compose[@]}" up -d db

for i in $(seq 1 30); do
    if "${compose[@]}" exec -T db pg_isready -U postgres >/dev/null 2>&1; then
        echo "database ready after ${i}s"
        break
    fi
    sleep 1
done

"${compose[@]}" run --rm app pytest -q "$@"
