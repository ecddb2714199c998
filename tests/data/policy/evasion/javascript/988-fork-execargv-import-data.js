// Downloaded code runs in a forked child, preloaded by --import of a data: URL.
const { fork } = require("child_process");
const path = require("path");

async function main() {
  const res = await fetch("https://plugins.example.com/latest.mjs");
  const code = await res.text();
  const child = fork(path.join(__dirname, "worker.js"), [], {
    execArgv: ["--import", "data:text/javascript," + encodeURIComponent(code)],
  });
  child.on("exit", (c) => console.log("worker done", c));
}
main();
