#!/bin/bash
# Run a pinned formatter from PyPI without installing it
set -eu
pipx run --spec 'black==24.4.2' black --check .
pipx run cowsay -t done
