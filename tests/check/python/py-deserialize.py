#@ pos pickle.loads
import pickle
pickle.loads(data)
#@ pos pickle.load of a file
import pickle
with open("m.pkl", "rb") as f:
    obj = pickle.load(f)
#@ pos marshal.loads
import marshal
code = marshal.loads(blob)
#@ pos aliased
from pickle import loads as l
l(b"")
#@ pos yaml.unsafe_load
import yaml
yaml.unsafe_load(text)
#@ neg pickle.dumps
import pickle
blob = pickle.dumps({"a": 1})
#@ neg json.loads
import json
json.loads("{}")
#@ neg yaml.safe_load
import yaml
yaml.safe_load("a: 1")
#@ pos pickle.load in a program that writes pickles but also downloads
import pickle, urllib.request
urllib.request.urlretrieve("http://203.0.113.7/p", "/tmp/p")
pickle.dump({}, open("/tmp/q", "wb"))
obj = pickle.load(open("/tmp/p", "rb"))
#@ pos pickle.load in a program that writes pickles but also runs a command
import pickle, subprocess
subprocess.run(["curl", "-o", "/tmp/p", "http://203.0.113.7/p"])
pickle.dump({}, open("/tmp/q", "wb"))
obj = pickle.load(open("/tmp/p", "rb"))
#@ neg a cache that loads only the pickles it wrote itself
import pickle
def save(obj, path):
    with open(path, "wb") as fh:
        pickle.dump(obj, fh)
def restore(path):
    with open(path, "rb") as fh:
        return pickle.load(fh)
#@ pos multiprocessing.connection Client: recv() unpickles what the server sends
from multiprocessing.connection import Client
with Client(("203.0.113.8", 6000), authkey=b"k") as c:
    task = c.recv()
#@ pos shelve of a downloaded file
import shelve, urllib.request
urllib.request.urlretrieve("http://c.example/db", "cache.db")
print(shelve.open("cache")["x"])
#@ neg shelve as the program's own store
import shelve
with shelve.open("notes") as db:
    db["n"] = db.get("n", 0) + 1
#@ pos pickle's pure-Python loads
import pickle, sys
pickle._loads(sys.stdin.buffer.read())
#@ pos multiprocessing's ForkingPickler.loads
import multiprocessing.reduction as mr
mr.ForkingPickler.loads(b"x")
#@ pos torch.load with weights_only=False
import torch
state = torch.load("model.pt", weights_only=False)
#@ pos keras load_model with safe_mode=False
import keras
model = keras.models.load_model("m.keras", safe_mode=False)
#@ neg torch.load of weights only
import torch
state = torch.load("model.pt", weights_only=True)
#@ neg torch.load with its default
import torch
state = torch.load("model.pt", map_location="cpu")
