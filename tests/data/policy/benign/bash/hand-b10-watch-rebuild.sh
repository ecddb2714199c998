#!/usr/bin/env bash
# Ordinary: watch-and-rebuild helper. A coprocess runs inotifywait on the
# source tree and the loop reads its events, debounces them and runs make;
# falls back to polling checksums when inotifywait is missing.
set -uo pipefail

src=${1:-src}
target=${2:-all}

rebuild() {
    printf '\n[%s] rebuilding %s\n' "$(date +%T)" "$target"
    make -s "$target" && echo "ok" || echo "build failed"
}

if command -v inotifywait >/dev/null; then
    coproc WATCH { inotifywait -m -r -q -e close_write,create,delete --format '%w%f' "$src"; }
    rebuild
    while read -r -u "${WATCH[0]}" changed; do
        case $changed in *.o|*.swp|*~) continue ;; esac
        while read -r -t 0.3 -u "${WATCH[0]}" _; do :; done
        echo "changed: $changed"
        rebuild
    done
else
    last=""
    while :; do
        sum=$(find "$src" -type f -name '*.[ch]' -exec sha256sum {} + | sort | sha256sum)
        if [[ $sum != "$last" ]]; then
            last=$sum
            rebuild
        fi
        sleep 1
    done
fi
