#!/bin/bash
# Open the files that mention the old API in less.
git grep -O'less' -l old_api
