# evasion: glob over the gcloud config directory
# grade: medium; does: credentials
import glob, os
for p in glob.glob(os.path.join(os.path.expanduser("~"), ".config", "gcloud", "*")):
    print(p)
