# evasion: gcloud application default credentials read
# grade: easy; does: credentials
p = "~/.config/gcloud/application_default_credentials.json"
import os
print(open(os.path.expanduser(p)).read())
