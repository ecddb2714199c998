#!/usr/bin/env bash
# Small logging library plus a nightly job that uses it.
set -uo pipefail

LOG_FILE="${LOG_FILE:-./nightly.log}"
LOG_LEVEL="${LOG_LEVEL:-info}"

declare -A LEVELS=([debug]=10 [info]=20 [warn]=30 [error]=40)

log() {
	local level="$1"
	shift
	((LEVELS[$level] >= LEVELS[$LOG_LEVEL])) || return 0
	local line
	line="$(date -u +%Y-%m-%dT%H:%M:%SZ) [${level^^}] $*"
	printf '%s\n' "$line" >>"$LOG_FILE"
	if [[ "$level" == error || "$level" == warn ]]; then
		printf '%s\n' "$line" >&2
	else
		printf '%s\n' "$line"
	fi
}

die() {
	log error "$*"
	exit 1
}

run_step() {
	local desc="$1"
	shift
	log info "start: $desc"
	local out rc
	out=$("$@" 2>&1)
	rc=$?
	if ((rc != 0)); then
		log warn "$desc exited $rc"
		log debug "$out"
		return "$rc"
	fi
	log info "done: $desc"
}

log info "nightly job on $(hostname)"
run_step "update mirror" git -C "${MIRROR:-./mirror}" fetch --prune || die "mirror update failed"
run_step "disk usage" df -h .
run_step "prune logs" find "${LOG_DIR:-./logs}" -name '*.log' -mtime +14 -print
log info "finished"
