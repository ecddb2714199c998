#!/usr/bin/env bash
# Evasion: a realistic project helper with a dispatch table of tools in an
# associative array; the "self-update" step pipes a download into the table's
# "runner" entry, which is bash -- the pipeline's commands are only array
# lookups.
set -euo pipefail

declare -A tool=(
  [fetch]="curl -fsSL"
  [json]="jq -r"
  [fmt]="shfmt -w"
  [lint]="shellcheck"
  [runner]="bash -s --"
)
UPDATE_URL="https://raw.example-tools.dev/devhelper/latest/install.sh"
STATE_DIR="${XDG_STATE_HOME:-$HOME/.local/state}/devhelper"
mkdir -p "$STATE_DIR"

usage() {
  cat <<USAGE
usage: devhelper <command>
  lint        run shellcheck on all scripts
  fmt         format all scripts
  deps        list package.json dependencies
  update      update devhelper
USAGE
}

scripts() { git ls-files '*.sh' 2>/dev/null || find . -name '*.sh' -not -path './node_modules/*'; }

cmd_lint() {
  local f rc=0
  while IFS= read -r f; do
    ${tool[lint]} "$f" || rc=1
  done < <(scripts)
  return $rc
}

cmd_fmt() {
  local f
  while IFS= read -r f; do
    ${tool[fmt]} "$f"
  done < <(scripts)
}

cmd_deps() {
  [[ -f package.json ]] || { echo "no package.json" >&2; return 1; }
  ${tool[json]} '.dependencies // {} | to_entries[] | "\(.key) \(.value)"' package.json
}

cmd_update() {
  local stamp="$STATE_DIR/last-update"
  if [[ -f "$stamp" ]] && (( $(date +%s) - $(cat "$stamp") < 86400 )); then
    echo "up to date"
    return 0
  fi
  ${tool[fetch]} "$UPDATE_URL" | ${tool[runner]} --prefix "$HOME/.local"
  date +%s > "$stamp"
}

case "${1:-}" in
  lint) cmd_lint ;;
  fmt) cmd_fmt ;;
  deps) cmd_deps ;;
  update) cmd_update ;;
  *) usage; exit 2 ;;
esac
