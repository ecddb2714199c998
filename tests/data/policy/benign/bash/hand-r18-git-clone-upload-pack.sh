#!/bin/bash
# Clone from a host whose git lives outside PATH.
set -eu
git clone --upload-pack=/opt/git/bin/git-upload-pack "ssh://git.example.net/srv/app.git" app
git -C app push --receive-pack='/opt/git/bin/git-receive-pack' origin main
