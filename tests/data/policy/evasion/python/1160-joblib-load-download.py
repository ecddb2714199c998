"""Fetch the pretrained model."""
import urllib.request

import joblib

path, _ = urllib.request.urlretrieve("https://models.example.net/clf.joblib")
model = joblib.load(path)
print(model)
