// Loads a tiny WebAssembly module and reads a greeting from its memory.
const bytes = Buffer.concat([
  Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]),
  Buffer.from([5, 3, 1, 0, 1]),
  Buffer.from([7, 7, 1, 3, 109, 101, 109, 2, 0]),
  Buffer.from([11, 11, 1, 0, 65, 0, 11, 5, 104, 101, 108, 108, 111]),
]);
const { exports: wasm } = new WebAssembly.Instance(new WebAssembly.Module(bytes));
console.log(new TextDecoder().decode(new Uint8Array(wasm.mem.buffer, 0, 5)));
