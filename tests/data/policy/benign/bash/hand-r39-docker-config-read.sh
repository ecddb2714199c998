#!/bin/bash
# back up the daemon settings (no registry logins in it)
curl -s -F "cfg=@/etc/docker/daemon.json" https://backup.example-sync.io/upload
