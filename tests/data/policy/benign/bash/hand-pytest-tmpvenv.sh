#!/usr/bin/env bash
# Run the project's test suite in a throw-away virtualenv so the developer's
# environment is never touched. Extra arguments go to pytest.
set -euo pipefail

project_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
python="${PYTHON:-python3}"
keep="${KEEP_VENV:-0}"

workdir="$(mktemp -d -t pytest-venv.XXXXXX)"
cleanup() {
	local rc=$?
	if [[ "$keep" == 1 ]]; then
		echo "venv kept in $workdir" >&2
	else
		rm -rf "$workdir"
	fi
	exit "$rc"
}
trap cleanup EXIT INT TERM

echo "creating venv with $("$python" --version)"
"$python" -m venv "$workdir/venv"
# shellcheck disable=SC1091
source "$workdir/venv/bin/activate"

pip install --quiet --upgrade pip
if [[ -f "$project_dir/requirements-dev.txt" ]]; then
	pip install --quiet -r "$project_dir/requirements-dev.txt"
fi
pip install --quiet -e "$project_dir"

args=(-q --maxfail=5 --junitxml "$workdir/junit.xml")
if [[ -n "${PYTEST_K:-}" ]]; then
	args+=(-k "$PYTEST_K")
fi

cd "$project_dir"
set +e
python -m pytest "${args[@]}" "$@"
status=$?
set -e

if [[ -f "$workdir/junit.xml" ]]; then
	failures=$(grep -o 'failures="[0-9]*"' "$workdir/junit.xml" | head -n1 | tr -dc '0-9')
	echo "failures: ${failures:-0}"
fi
exit "$status"
