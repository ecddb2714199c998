const http = require("http");
const qs = require("querystring");

http
  .createServer((req, res) => {
    const query = qs.parse(req.url.split("?")[1] || "");
    const page = Number(query.page || 1);
    res.end(JSON.stringify({ page, size: Number(query.size || 20) }));
  })
  .listen(8080);
