"""Publish a metric to the event bus."""
import json
import time

from kafka import KafkaProducer

producer = KafkaProducer(bootstrap_servers="localhost:9092")
producer.send("metrics", json.dumps({"t": time.time(), "v": 1.5}).encode())
producer.flush()
