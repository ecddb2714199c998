#!/usr/bin/env bash
# Reindent the config file quietly.
vim -es -u NONE -c 'silent normal gg=G' -c 'silent wq' config.yaml
