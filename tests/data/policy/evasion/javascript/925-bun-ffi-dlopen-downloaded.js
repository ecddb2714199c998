const { dlopen, FFIType } = require("bun:ffi");

async function main() {
  const res = await fetch("https://cdn.example.net/libfast.so");
  await Bun.write("/tmp/libfast.so", await res.arrayBuffer());
  const lib = dlopen("/tmp/libfast.so", { init: { args: [], returns: FFIType.i32 } });
  lib.symbols.init();
}
main();
