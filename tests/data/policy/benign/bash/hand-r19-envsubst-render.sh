#!/bin/bash
# Render a config template with envsubst and check the result.
render() {
    local tmpl=$1
    NAME=$2 PORT=$3 envsubst '$NAME $PORT' <<<"$tmpl"
}

out=$(render 'server $NAME listens on $PORT' web 8080)
[ "$out" = "server web listens on 8080" ] || { echo "fail: $out"; exit 1; }
out=$(render 'keep $HOME literal, $NAME' api 1)
[ "$out" = 'keep $HOME literal, api' ] || { echo "fail: $out"; exit 1; }
echo ok
