#!/usr/bin/env bash
# Post a build status message to a Slack incoming webhook.
# Usage: SLACK_WEBHOOK_URL=... ./notify.sh <status> <message>
set -euo pipefail

log() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

if [[ $# -lt 2 ]]; then
	echo "usage: $0 <ok|fail|info> <message>" >&2
	exit 2
fi

status="$1"
shift
message="$*"

: "${SLACK_WEBHOOK_URL:?set SLACK_WEBHOOK_URL to the webhook of the channel}"
channel="${SLACK_CHANNEL:-#builds}"

case "$status" in
ok) emoji=":white_check_mark:" ;;
fail) emoji=":x:" ;;
info) emoji=":information_source:" ;;
*)
	echo "unknown status: $status" >&2
	exit 2
	;;
esac

branch="$(git rev-parse --abbrev-ref HEAD 2>/dev/null || echo unknown)"
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"

payload="$(jq -n \
	--arg channel "$channel" \
	--arg text "$emoji $message" \
	--arg branch "$branch" \
	--arg commit "$commit" \
	'{channel: $channel, text: $text,
	  attachments: [{fields: [{title: "branch", value: $branch, short: true},
	                          {title: "commit", value: $commit, short: true}]}]}')"

for attempt in 1 2 3; do
	code="$(curl -sS -o /dev/null -w '%{http_code}' \
		-H 'Content-Type: application/json' \
		--data "$payload" "$SLACK_WEBHOOK_URL" || echo 000)"
	if [[ "$code" == 200 ]]; then
		log "notified $channel ($status)"
		exit 0
	fi
	log "attempt $attempt failed with HTTP $code"
	sleep $((attempt * 2))
done

log "giving up"
exit 1
