"""Assemble the site map from its XML fragments."""
import xml.etree.ElementTree as ET
from xml.etree import ElementInclude

doc = ET.fromstring(
    '<site xmlns:xi="http://www.w3.org/2001/XInclude">'
    '<xi:include href="fragments/header.xml"/>'
    '<xi:include href="fragments/pages.txt" parse="text"/></site>'
)
ElementInclude.include(doc)
ET.ElementTree(doc).write("sitemap.xml")
print("sitemap written")
