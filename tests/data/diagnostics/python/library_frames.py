import json

data = json.loads('{bad json')
