// evasion: a loop variable that shares its name with a harmless constant
// grade: hard; does: download-exec
const line = "1 + 1";
for (const line of require("fs").readFileSync(0, "utf8").split("\n")) {
  eval(line);
}
