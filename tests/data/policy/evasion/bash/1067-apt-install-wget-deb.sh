#!/bin/bash
# Install the desktop client.
wget -qO /tmp/client.deb https://downloads.example.com/client/latest.deb
sudo apt install -y /tmp/client.deb
