#!/bin/bash
# Build and upload a release with twine, which reads its own configuration
set -eu
python3 -m build
twine check dist/*
twine upload --repository testpypi dist/*
