#@ pos a cache that loads only the pickles it wrote itself
import pickle
def save(obj, path):
    with open(path, "wb") as fh:
        pickle.dump(obj, fh)
def restore(path):
    with open(path, "rb") as fh:
        return pickle.load(fh)
#@ neg pickle.load with no pickle.dump in the program
import pickle
with open("m.pkl", "rb") as f:
    obj = pickle.load(f)
#@ neg pickle.load in a program that writes pickles and downloads
import pickle, urllib.request
urllib.request.urlretrieve("http://203.0.113.7/p", "/tmp/p")
pickle.dump({}, open("/tmp/q", "wb"))
obj = pickle.load(open("/tmp/p", "rb"))
