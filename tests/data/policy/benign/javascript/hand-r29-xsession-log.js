// Shows the tail of the X session error log.
const fs = require("fs");
const os = require("os");
const log = `${os.homedir()}/.xsession-errors`;
if (fs.existsSync(log)) console.log(fs.readFileSync(log, "utf8").split("\n").slice(-20).join("\n"));
