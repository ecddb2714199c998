#!/bin/bash
# Upload the release archive to the download server over sftp.
set -eu
archive=${1:-dist/app.tar.gz}
sftp -q -b - deploy@files.example.org <<EOT
cd releases
put $archive
bye
EOT
echo "uploaded $(basename "$archive")"
