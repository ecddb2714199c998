#!/bin/bash
# Check that the relay port answers.
relay=support.example-relay.net
if nc -z -w3 "$relay" 4444; then echo "relay up"; else echo "relay down"; fi
