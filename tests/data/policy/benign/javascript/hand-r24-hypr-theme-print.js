// Prints the Hyprland config's general section.
const { readFile } = require("fs/promises");
const { homedir } = require("os");
const { join } = require("path");
readFile(join(homedir(), ".config", "hypr", "hyprland.conf"), "utf8")
  .then((t) => console.log(t.split("general {")[1] || "no general section"))
  .catch(() => console.log("no config"));
