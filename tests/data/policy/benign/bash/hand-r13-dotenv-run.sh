#!/usr/bin/env bash
# Ordinary: load the project's .env (KEY=VALUE lines) into the environment
# and start the development server with it; refuses lines that are not
# plain assignments.
set -euo pipefail
envfile="${ENV_FILE:-.env}"
if [ -f "$envfile" ]; then
    while IFS= read -r line || [ -n "$line" ]; do
        case "$line" in
            ''|'#'*) continue ;;
        esac
        if [[ "$line" =~ ^[A-Za-z_][A-Za-z0-9_]*= ]]; then
            export "${line?}"
        else
            echo "skipping malformed line: $line" >&2
        fi
    done < "$envfile"
fi
exec python3 -m http.server "${PORT:-8000}" --bind 127.0.0.1
