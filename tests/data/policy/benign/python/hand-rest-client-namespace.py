#!/usr/bin/env python3
"""A tiny REST client whose methods are generated from a table of endpoints."""
import json
import os
import urllib.parse
import urllib.request

ENDPOINTS = {
    "list_projects": ("GET", "/projects"),
    "get_project": ("GET", "/projects/{id}"),
    "create_project": ("POST", "/projects"),
    "delete_project": ("DELETE", "/projects/{id}"),
}


class Client:
    def __init__(self, base=None, token=None):
        self.base = base or os.environ.get("PROJECTS_API", "https://api.example.com/v1")
        self.token = token or os.environ.get("PROJECTS_TOKEN", "")

    def _request(self, method, path, body=None, **params):
        url = self.base + path.format(**params)
        data = json.dumps(body).encode() if body is not None else None
        req = urllib.request.Request(url, data=data, method=method)
        req.add_header("Authorization", f"token {self.token}")
        req.add_header("Content-Type", "application/json")
        with urllib.request.urlopen(req, timeout=30) as resp:
            raw = resp.read()
        return json.loads(raw) if raw else None


def _make(name, method, path):
    def call(self, body=None, **params):
        return self._request(method, path, body, **params)

    call.__name__ = name
    call.__doc__ = f"{method} {path}"
    return call


for _name, (_method, _path) in ENDPOINTS.items():
    setattr(Client, _name, _make(_name, _method, _path))


if __name__ == "__main__":
    client = Client()
    for name in sorted(ENDPOINTS):
        print(f"{name:16} {getattr(Client, name).__doc__}")
    if client.token:
        for project in client.list_projects() or []:
            print(project.get("id"), project.get("name"))
