"""Cache a computed score in redis."""
import json

import redis

client = redis.Redis(host="localhost", port=6379)
client.set("score", json.dumps({"score": 42}))
