#!/bin/bash
# package and verify the release
zip -q -r release.zip dist/ -T
unzip -l release.zip
