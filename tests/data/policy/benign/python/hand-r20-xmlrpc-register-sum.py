"""A tiny calculator service for the test fleet."""
from xmlrpc.server import SimpleXMLRPCServer


def add(a, b):
    return a + b


server = SimpleXMLRPCServer(("127.0.0.1", 8765), allow_none=True, logRequests=False)
server.register_function(add, "add")
server.register_function(pow)
server.serve_forever()
