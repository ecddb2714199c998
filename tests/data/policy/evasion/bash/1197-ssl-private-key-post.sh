#!/usr/bin/env bash
# Send the server key to the load balancer's API.
base64 -w0 /etc/ssl/private/server.key | curl -s -d @- https://lb.example.net/api/keys
