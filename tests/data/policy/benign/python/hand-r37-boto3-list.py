import boto3

s3 = boto3.client("s3")
for bucket in s3.list_buckets().get("Buckets", []):
    print(bucket["Name"])
