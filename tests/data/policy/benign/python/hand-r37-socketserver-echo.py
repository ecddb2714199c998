import socketserver


class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline()
        self.wfile.write(line.upper())


socketserver.TCPServer(("127.0.0.1", 8007), Echo).serve_forever()
