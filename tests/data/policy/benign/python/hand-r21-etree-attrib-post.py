"""Send the job's settings as XML to the local scheduler."""
import urllib.request
import xml.etree.ElementTree as ET

settings = {"name": "nightly", "retries": "3", "queue": "default"}
job = ET.Element("job")
job.attrib.update(settings)
urllib.request.urlopen("http://localhost:8080/jobs", data=ET.tostring(job))
