#!/usr/bin/env bash
# Download the service's OpenAPI document with the API token from the
# environment and write a CSV of its operations (method, path, operationId,
# tags), sorted by path.
set -euo pipefail

base="${API_BASE_URL:-https://api.example.com}"
token="${API_TOKEN:?API_TOKEN must be set}"
out="${1:-operations.csv}"

spec="$(mktemp)"
trap 'rm -f "$spec"' EXIT

http_code="$(curl -sS -o "$spec" -w '%{http_code}' \
	-H "Authorization: Bearer $token" \
	-H 'Accept: application/json' \
	--retry 3 --retry-delay 2 \
	"$base/openapi.json")"

if [[ "$http_code" != 200 ]]; then
	echo "GET $base/openapi.json returned HTTP $http_code" >&2
	head -c 300 "$spec" >&2
	exit 1
fi

version="$(jq -r '.openapi // .swagger // "unknown"' "$spec")"
title="$(jq -r '.info.title // "untitled"' "$spec")"
echo "spec: $title (OpenAPI $version)" >&2

{
	echo "method,path,operation_id,tags"
	jq -r '
		.paths
		| to_entries[]
		| .key as $path
		| .value
		| to_entries[]
		| select(.key | test("^(get|put|post|delete|patch|head|options)$"))
		| [(.key | ascii_upcase), $path, (.value.operationId // ""), ((.value.tags // []) | join(";"))]
		| @csv
	' "$spec" | sort -t, -k2,2 -k1,1
} >"$out"

count=$(($(wc -l <"$out") - 1))
echo "wrote $count operations to $out" >&2
awk -F, 'NR > 1 { gsub(/"/, "", $1); n[$1]++ } END { for (m in n) printf "  %-7s %d\n", m, n[m] }' "$out" | sort >&2
