#@ pos socket
import socket
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
#@ pos from socket import
from socket import create_connection as cc
cc(("example.com", 80))
#@ pos urllib
import urllib.request
urllib.request.urlopen("http://example.com")
#@ pos requests
import requests
requests.get("http://example.com")
#@ neg parsing a URL does not connect
from urllib.parse import urlparse
print(urlparse("http://example.com").netloc)
#@ neg socket constants only
import socket
print(socket.AF_INET)
#@ pos urlopen through __import__ of the dotted name, which returns the package
__import__("urllib.request").request.urlopen("http://203.0.113.7/")
#@ pos logging's SocketHandler
import logging.handlers
logging.getLogger().addHandler(logging.handlers.SocketHandler("c.example", 9020))
#@ neg logging to a file
import logging.handlers
logging.getLogger().addHandler(logging.handlers.RotatingFileHandler("app.log"))
#@ pos a server that others connect to
from http.server import HTTPServer, BaseHTTPRequestHandler
HTTPServer(("0.0.0.0", 8080), BaseHTTPRequestHandler).serve_forever()
#@ pos the event loop's own connection
import asyncio
async def main(P):
    loop = asyncio.get_running_loop()
    await loop.create_connection(P, "x.example", 80)
#@ pos the C module under socket
import _socket
_socket.socket().connect(("x.example", 80))
#@ pos a name looked up
import socket
socket.getaddrinfo("example.org", 443)
#@ pos robots.txt fetched
from urllib.robotparser import RobotFileParser
rp = RobotFileParser()
rp.set_url("https://example.org/robots.txt")
rp.read()
#@ pos a SAX parse of an address, a legacy opener, a server's certificate
import ssl, xml.sax, urllib.request
xml.sax.parse("https://example.org/feed.xml", xml.sax.ContentHandler())
urllib.request.FancyURLopener().open("https://example.org/")
ssl.get_server_certificate(("example.org", 443))
#@ neg the robots parser fed lines
import urllib.robotparser
rp = urllib.robotparser.RobotFileParser
print(rp.__doc__)
#@ pos an MQTT message published
import paho.mqtt.publish as publish
publish.single("t/x", "hello", hostname="broker.example.org")
#@ pos a WebSocket client and a ZeroMQ socket
import websocket, zmq
ws = websocket.create_connection("wss://example.org/s")
sock = zmq.Context().socket(zmq.PUSH)
#@ neg a message serialised, not sent
import json
payload = json.dumps({"alive": True})
#@ pos a Redis client
import redis
redis.Redis(host="cache.example.net").set("k", "v")
#@ pos a MongoDB client
from pymongo import MongoClient
MongoClient("mongodb://db.example.net")
#@ neg a local store opened
import sqlite3
sqlite3.connect("app.db")
#@ pos Sentry's client
import sentry_sdk
sentry_sdk.init(dsn="https://k@o0.ingest.example.io/1")
#@ pos PostHog's client
from posthog import Posthog
Posthog("k", host="https://p.example.com").capture("u", "e")
#@ neg a function of the program named capture
def capture(event):
    return event
capture("start")
#@ pos boto3's S3 client
import boto3
boto3.client("s3").put_object(Bucket="b", Key="k", Body=b"x")
#@ pos Google Cloud Storage's client
from google.cloud import storage
storage.Client().bucket("b").blob("k").upload_from_string("x")
#@ neg a local object named client
class Client:
    def put_object(self, **kw):
        return kw
Client().put_object(Bucket="b")
