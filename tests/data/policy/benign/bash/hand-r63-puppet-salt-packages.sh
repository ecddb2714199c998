#!/usr/bin/env bash
# Install the base packages with Puppet, then report uptime through Salt.
set -eu
sudo puppet apply --verbose -e "package { ['git', 'curl', 'htop']: ensure => installed }"
sudo puppet apply -e "service { 'cron': ensure => running, enable => true }"
sudo salt-call --local cmd.run 'uptime'
sudo salt-call --local cmd.run "du -sh /var/log"
sudo salt-call --local pkg.install vim
