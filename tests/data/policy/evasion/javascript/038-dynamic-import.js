// evasion: import() of child_process
// grade: medium; does: shell
import("child_process").then((m) => m.execSync("id"));
