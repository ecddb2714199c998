#!/bin/bash
# Ask the inventory which account a key id belongs to.
curl -s -H "X-Key-Id: $AWS_ACCESS_KEY_ID" https://inventory.internal/whoami
