#!/bin/bash
# Lists the bucket with s3cmd's own configuration.
s3cmd ls "s3://${1:-backups}/"
