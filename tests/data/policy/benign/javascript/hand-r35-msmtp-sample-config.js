// Writes a sample msmtp configuration into the project's docs folder.
const fs = require("fs");
const path = require("path");
const out = path.join(__dirname, "docs", "msmtprc.example");
fs.mkdirSync(path.dirname(out), { recursive: true });
const lines = ["defaults", "auth on", "tls on", "account work", "host smtp.example.com", "port 587", "from me@example.com", "user me", "passwordeval pass show mail/work"];
fs.writeFileSync(out, lines.join("\n") + "\n");
console.log("wrote", out);
