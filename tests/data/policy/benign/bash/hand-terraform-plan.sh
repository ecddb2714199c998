#!/usr/bin/env bash
# Run "terraform plan" for one environment and summarise the changes.
# The plan file lives in a temporary directory that is removed on exit.
# The provider token comes from the environment, never from the command line.
set -euo pipefail

env_name="${1:-staging}"
root="${TF_ROOT:-infra}"
dir="$root/envs/$env_name"

if [[ ! -d "$dir" ]]; then
	echo "no such environment: $dir" >&2
	exit 2
fi
: "${CLOUDFLARE_API_TOKEN:?set CLOUDFLARE_API_TOKEN}"
export TF_IN_AUTOMATION=1 TF_INPUT=0

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
plan="$work/plan.bin"

terraform -chdir="$dir" init -upgrade=false -no-color >"$work/init.log" || {
	cat "$work/init.log" >&2
	exit 1
}

set +e
terraform -chdir="$dir" plan -no-color -detailed-exitcode -out="$plan" >"$work/plan.log"
rc=$?
set -e

case $rc in
0)
	echo "$env_name: no changes"
	exit 0
	;;
2) ;;
*)
	cat "$work/plan.log" >&2
	exit "$rc"
	;;
esac

terraform -chdir="$dir" show -json "$plan" >"$work/plan.json"
jq -r '
	.resource_changes[]
	| select(.change.actions != ["no-op"])
	| "\(.change.actions | join("+"))\t\(.address)"
' "$work/plan.json" | sort | column -t -s $'\t'

destroys="$(jq '[.resource_changes[] | select(.change.actions | index("delete"))] | length' "$work/plan.json")"
if ((destroys > 0)); then
	echo "WARNING: $destroys resource(s) would be destroyed in $env_name" >&2
	exit 3
fi
