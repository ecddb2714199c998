#!/usr/bin/env bash
# Use the project's virtualenv whenever its directory is entered.
echo 'source .venv/bin/activate' >> .envrc
direnv allow .
