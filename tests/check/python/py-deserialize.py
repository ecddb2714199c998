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
