#!/usr/bin/env bash
# Install a pre-commit hook that runs shellcheck and a whitespace check.
set -euo pipefail

top=$(git rev-parse --show-toplevel)
hooks_dir=$(git rev-parse --git-path hooks)
hook="$hooks_dir/pre-commit"

if [[ -e "$hook" && "${FORCE:-0}" != 1 ]]; then
	echo "$hook exists; set FORCE=1 to replace it" >&2
	exit 1
fi

mkdir -p "$hooks_dir"
cat >"$hook" <<'HOOK'
#!/usr/bin/env bash
set -euo pipefail
mapfile -t files < <(git diff --cached --name-only --diff-filter=ACM -- '*.sh')
if ((${#files[@]})); then
	shellcheck "${files[@]}"
fi
git diff --cached --check
HOOK
chmod +x "$hook"

echo "installed $hook for ${top##*/}"
git config --local core.hooksPath >/dev/null 2>&1 &&
	echo "note: core.hooksPath is set; the hook may be ignored" >&2
exit 0
