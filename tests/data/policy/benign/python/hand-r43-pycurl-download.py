"""Download a report with pycurl."""
import io

import pycurl

buf = io.BytesIO()
c = pycurl.Curl()
c.setopt(pycurl.URL, "https://example.net/report.csv")
c.setopt(pycurl.WRITEDATA, buf)
c.perform()
c.close()
print(len(buf.getvalue()))
