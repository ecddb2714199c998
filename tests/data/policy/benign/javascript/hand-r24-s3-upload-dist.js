// Uploads the build output to a bucket endpoint given on the command line.
const fs = require("fs");
const https = require("https");
const file = process.argv[2] || "dist/app.js";
const req = https.request("https://uploads.example.com/v1/put", { method: "PUT" });
req.end(fs.readFileSync(file));
