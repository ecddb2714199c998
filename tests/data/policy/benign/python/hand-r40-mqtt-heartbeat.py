"""Publish a device heartbeat with its hostname."""
import json
import socket

import paho.mqtt.publish as publish


def main():
    payload = json.dumps({"alive": True, "host": socket.gethostname()})
    publish.single("fleet/heartbeat", payload, hostname="broker.example.net")


if __name__ == "__main__":
    main()
