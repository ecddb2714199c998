#!/usr/bin/env bash
# Check that the environment has what the service needs before it starts:
# required variables set (values are never printed), ports numeric, URLs sane.
set -uo pipefail

required=(DATABASE_URL REDIS_URL API_KEY SESSION_SECRET)
optional=(LOG_LEVEL PORT WORKERS SENTRY_DSN)
errors=0

for name in "${required[@]}"; do
	if [[ -z "${!name:-}" ]]; then
		echo "missing required variable: $name" >&2
		errors=$((errors + 1))
	else
		echo "ok: $name is set (${#name} chars name, value hidden)"
	fi
done

for name in "${optional[@]}"; do
	if [[ -n "${!name:-}" ]]; then
		echo "set: $name"
	else
		echo "default: $name"
	fi
done

port="${PORT:-8080}"
if ! [[ "$port" =~ ^[0-9]+$ ]] || ((port < 1 || port > 65535)); then
	echo "PORT must be a number between 1 and 65535, got '$port'" >&2
	errors=$((errors + 1))
fi

for name in DATABASE_URL REDIS_URL; do
	value="${!name:-}"
	[[ -z "$value" ]] && continue
	case "$value" in
	postgres://* | postgresql://* | redis://* | rediss://*) ;;
	*)
		echo "$name has an unexpected scheme" >&2
		errors=$((errors + 1))
		;;
	esac
done

secret="${SESSION_SECRET:-}"
if [[ -n "$secret" ]] && ((${#secret} < 32)); then
	echo "SESSION_SECRET should be at least 32 characters" >&2
	errors=$((errors + 1))
fi

if ((errors)); then
	echo "$errors problem(s) found" >&2
	exit 1
fi
echo "environment looks good"
