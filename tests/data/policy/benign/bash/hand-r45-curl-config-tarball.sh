#!/bin/bash
# fetch the docs bundle through the proxy
curl --config - <<'CFG'
proxy = "http://10.0.0.1:3128"
-o /tmp/docs.tar.gz
url = "https://cdn.example.org/docs.tar.gz"
CFG
tar -tzf /tmp/docs.tar.gz | head
