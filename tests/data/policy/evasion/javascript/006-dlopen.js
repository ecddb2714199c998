// evasion: process.dlopen of an addon
// grade: easy; does: native
const m = { exports: {} };
process.dlopen(m, "/tmp/evil.node");
