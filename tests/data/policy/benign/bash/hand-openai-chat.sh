#!/usr/bin/env bash
# Ask a chat-completions API a question; the key comes from the environment.
set -euo pipefail

: "${OPENAI_API_KEY:?set OPENAI_API_KEY}"
BASE_URL="${OPENAI_BASE_URL:-https://api.openai.com/v1}"
MODEL="${MODEL:-gpt-4o-mini}"
TEMPERATURE="${TEMPERATURE:-0.2}"

if (($# == 0)); then
	echo "usage: $0 QUESTION..." >&2
	exit 2
fi
question="$*"

payload=$(jq -n \
	--arg model "$MODEL" \
	--arg q "$question" \
	--argjson t "$TEMPERATURE" \
	'{model: $model, temperature: $t,
	  messages: [{role: "system", content: "Answer briefly."},
	             {role: "user", content: $q}]}')

response=$(curl -sS --fail-with-body \
	-H "Authorization: Bearer $OPENAI_API_KEY" \
	-H "Content-Type: application/json" \
	-d "$payload" \
	"$BASE_URL/chat/completions") || {
	echo "request failed:" >&2
	jq -r '.error.message // .' <<<"$response" >&2
	exit 1
}

jq -r '.choices[0].message.content' <<<"$response"
usage=$(jq -r '.usage | "\(.prompt_tokens) in / \(.completion_tokens) out"' <<<"$response")
echo "[$MODEL, tokens: $usage]" >&2
