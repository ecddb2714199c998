import sys

import boto3

creds = boto3.Session().get_credentials()
if creds is None:
    sys.exit("no AWS credentials configured; run aws configure")
s3 = boto3.client("s3")
print(len(s3.list_buckets().get("Buckets", [])), "buckets")
