#!/usr/bin/env python3
"""A small REST client with a retry decorator and method dispatch by verb."""
import functools
import json
import os
import random
import time
import urllib.error
import urllib.request


def retry(times=3, base=0.5, retry_on=(urllib.error.URLError, TimeoutError)):
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            for attempt in range(times):
                try:
                    return fn(*args, **kwargs)
                except retry_on:
                    if attempt == times - 1:
                        raise
                    time.sleep(base * 2 ** attempt + random.random() * 0.1)
        return wrapper
    return deco


class Client:
    def __init__(self, base_url, token=None):
        self.base_url = base_url.rstrip("/")
        self.token = token

    @retry()
    def _request(self, method, path, body=None):
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(self.base_url + path, data=data, method=method)
        req.add_header("Content-Type", "application/json")
        if self.token:
            req.add_header("Authorization", "Token " + self.token)
        with urllib.request.urlopen(req, timeout=10) as resp:
            return json.load(resp)

    def get(self, path):
        return self._request("GET", path)

    def post(self, path, body):
        return self._request("POST", path, body)

    def call(self, verb, path, body=None):
        handler = getattr(self, verb.lower(), None)
        if handler is None or verb.lower() not in ("get", "post"):
            raise ValueError(f"unsupported verb {verb}")
        return handler(path) if body is None else handler(path, body)


if __name__ == "__main__":
    client = Client(os.environ.get("TODO_API", "https://jsonplaceholder.typicode.com"),
                    token=os.environ.get("TODO_API_TOKEN"))
    todo = client.call("GET", "/todos/1")
    print(todo.get("title"))
    created = client.call("POST", "/todos", {"title": "write report", "completed": False})
    print("created", created.get("id"))
