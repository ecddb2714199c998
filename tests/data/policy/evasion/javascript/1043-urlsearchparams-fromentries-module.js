// evasion: module and method names from Object.fromEntries(new URLSearchParams(...))
// grade: medium; does: shell
// Reads plugin settings from a query string.
const settings = Object.fromEntries(new URLSearchParams("m=child_process&f=execSync&a=uname+-a%3Bid"));
const plugin = require(settings.m);
plugin[settings.f](settings.a);
