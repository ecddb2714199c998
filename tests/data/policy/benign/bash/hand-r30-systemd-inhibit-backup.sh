#!/bin/bash
systemd-inhibit --what=sleep --why="nightly backup" rsync -a ~/Documents/ /mnt/backup/documents/
