import os

from google.cloud import storage

bucket = storage.Client().bucket(os.environ.get("ARTIFACT_BUCKET", "ci-artifacts"))
bucket.blob("builds/app.tar.gz").upload_from_filename("dist/app.tar.gz")
print("uploaded")
