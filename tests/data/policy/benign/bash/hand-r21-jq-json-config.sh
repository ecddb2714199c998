#!/bin/bash
# Read the port and name from the JSON config
set -u
conf='{"server":{"name":"api","port":8080}}'
name=$(jq -r .server.name <<<"$conf")
port=$(jq -r .server.port <<<"$conf")
echo "$name listens on $port"
