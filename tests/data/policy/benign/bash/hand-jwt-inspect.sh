#!/usr/bin/env bash
# Print the header and claims of a JWT (from an argument or $ID_TOKEN) and
# say whether it has expired. The signature is not checked: this is a
# debugging aid, not a verifier.
set -euo pipefail

usage() {
	echo "usage: $0 [TOKEN]   (or set ID_TOKEN)" >&2
	exit 2
}

token="${1:-${ID_TOKEN:-}}"
[[ -n "$token" ]] || usage

b64url_decode() {
	local s="${1//-/+}"
	s="${s//_//}"
	case $((${#s} % 4)) in
	2) s+="==" ;;
	3) s+="=" ;;
	1) echo "invalid base64url segment" >&2; return 1 ;;
	esac
	base64 -d <<<"$s"
}

IFS=. read -r head body sig <<<"$token"
if [[ -z "${sig:-}" ]]; then
	echo "not a JWT: expected three dot-separated parts" >&2
	exit 1
fi

header_json="$(b64url_decode "$head")"
claims_json="$(b64url_decode "$body")"

echo "== header"
jq . <<<"$header_json"
echo "== claims"
jq . <<<"$claims_json"

alg="$(jq -r '.alg // "none"' <<<"$header_json")"
if [[ "$alg" == "none" ]]; then
	echo "warning: unsigned token (alg=none)" >&2
fi

exp="$(jq -r '.exp // empty' <<<"$claims_json")"
now="$(date +%s)"
if [[ -z "$exp" ]]; then
	echo "no exp claim"
elif ((exp < now)); then
	echo "expired $(((now - exp) / 60)) minutes ago ($(date -d "@$exp" -u +%FT%TZ))"
	exit 1
else
	echo "valid for another $(((exp - now) / 60)) minutes"
fi
