#!/bin/bash
# Write a throwaway ssh configuration for a bastion and connect through it.
cfg=$(mktemp)
printf 'Host app\n  HostName 10.0.0.5\n  ProxyJump bastion.example.com\n  User deploy\n' > "$cfg"
ssh -F "$cfg" app uptime
rm -f "$cfg"
