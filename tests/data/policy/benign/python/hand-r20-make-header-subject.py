"""Write a decoded subject line into the report directory."""
import os
from email.header import decode_header, make_header

subject = str(make_header(decode_header("=?us-ascii?q?weekly=5Freport?=")))
os.makedirs("reports", exist_ok=True)
with open(os.path.join("reports", subject + ".txt"), "w") as fh:
    fh.write("ok\n")
