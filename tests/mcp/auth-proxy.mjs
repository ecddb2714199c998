// A pass-through HTTP proxy on 127.0.0.1 that adds "Authorization: Bearer
// KEY" to every request: the conformance suite's client sends no key, and
// /mcp wants one. Everything else (method, path, headers such as Origin
// and MCP-Protocol-Version, body, status, streamed answers) goes through.
//
// usage: node auth-proxy.mjs TARGET_PORT KEY   (prints the port it listens on)
import http from 'node:http';

const [target, key] = process.argv.slice(2);
const server = http.createServer((req, res) => {
  // Host stays as the client sent it: the server checks Origin against it
  const headers = { ...req.headers, authorization: `Bearer ${key}` };
  const up = http.request(
    { host: '127.0.0.1', port: Number(target), method: req.method, path: req.url, headers },
    (r) => {
      res.writeHead(r.statusCode, r.headers);
      r.pipe(res);
    },
  );
  up.on('error', (e) => {
    res.writeHead(502, { 'content-type': 'text/plain' });
    res.end(String(e));
  });
  req.pipe(up);
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
