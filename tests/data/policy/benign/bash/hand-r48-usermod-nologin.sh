#!/usr/bin/env bash
# Lock the service account's login shell.
set -e
usermod -s /usr/sbin/nologin svc-deploy
getent passwd svc-deploy
