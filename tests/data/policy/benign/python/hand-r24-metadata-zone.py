"""Print the availability zone of the build host."""
import urllib.request

URL = "http://169.254.169.254/latest/meta-data/placement/availability-zone"
try:
    with urllib.request.urlopen(URL, timeout=1) as r:
        print("zone:", r.read().decode())
except OSError:
    print("zone: not on a cloud instance")
