// evasion: import() of a computed name
// grade: hard; does: shell
const parts = ["child", "process"];
import(parts.join("_")).then((m) => m.exec("id"));
