#!/bin/bash
# Backs up one project and restores a configuration archive into the home
# directory.
set -eu
tar -czf "/tmp/project-$(date +%F).tgz" -C ~/projects myapp
rsync -a --exclude node_modules ~/projects/myapp/ /mnt/backup/myapp/
tar -xzf dotfiles.tgz -C "$HOME"
cp report.pdf ~
du -sh ~
