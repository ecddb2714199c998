// evasion: koffi loads libc
// grade: medium; does: native
const koffi = require("koffi");
const lib = koffi.load("libc.so.6");
lib.func("int system(const char *)")("id");
