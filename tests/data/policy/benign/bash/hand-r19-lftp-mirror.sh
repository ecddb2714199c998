#!/bin/bash
# Mirror the public docs to the FTP mirror with lftp commands from a here-document.
set -eu
lftp -u "$FTP_USER" ftp://mirror.example.org <<EOT
mirror -R --delete site/ /pub/docs
quit
EOT
