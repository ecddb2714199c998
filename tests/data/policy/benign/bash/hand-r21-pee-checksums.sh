#!/bin/bash
# Compute two checksums of the archive in one pass
set -u
pee 'sha256sum' 'md5sum' <dist/app.tar.gz
