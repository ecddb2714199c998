#!/usr/bin/env bash
# Pre-commit check: refuse staged changes that look like they contain secrets
# (AWS access keys, private key blocks, .env files, tokens in URLs).
set -uo pipefail

red() { printf '\033[31m%s\033[0m\n' "$*"; }

patterns=(
	'AKIA[0-9A-Z]{16}'
	'-----BEGIN (RSA|EC|OPENSSH|DSA) PRIVATE KEY-----'
	'xox[baprs]-[0-9A-Za-z-]{10,}'
	'ghp_[0-9A-Za-z]{36}'
	'https?://[^/[:space:]]+:[^@[:space:]]+@'
)
forbidden_names='(^|/)(\.env|id_rsa|id_ed25519|credentials)$'

mapfile -t staged < <(git diff --cached --name-only --diff-filter=ACM)
if ((${#staged[@]} == 0)); then
	exit 0
fi

found=0
for f in "${staged[@]}"; do
	if [[ "$f" =~ $forbidden_names ]]; then
		red "refusing to commit $f (looks like a secret file)"
		found=1
		continue
	fi
	# scan the staged content, not the working copy
	content=$(git show ":$f" 2>/dev/null) || continue
	for p in "${patterns[@]}"; do
		if grep -qE -- "$p" <<<"$content"; then
			line=$(grep -nE -- "$p" <<<"$content" | head -n1 | cut -d: -f1)
			red "$f:$line matches secret pattern /$p/"
			found=1
		fi
	done
done

if ((found)); then
	echo "commit blocked; use 'git commit --no-verify' only if you are sure" >&2
	exit 1
fi
echo "secret scan: ${#staged[@]} file(s) clean"
