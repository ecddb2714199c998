// evasion: obfuscator.io-style rotated string array with a hex-indexed base64 accessor
// grade: very hard; does: shell
var _0x3f1a = ['ZXhlY1N5bmM=', 'aWQ=', 'Y2hpbGRfcHJvY2Vzcw==', 'aW5oZXJpdA=='];
(function (_0x2d8f05, _0x4b81bb) {
  var _0x4d74cb = function (_0x32719f) {
    while (--_0x32719f) {
      _0x2d8f05['push'](_0x2d8f05['shift']());
    }
  };
  _0x4d74cb(++_0x4b81bb);
})(_0x3f1a, 0x1);
var _0x5c2b = function (_0x2d8f05, _0x4b81bb) {
  _0x2d8f05 = _0x2d8f05 - 0x0;
  var _0x4d74cb = _0x3f1a[_0x2d8f05];
  return Buffer['from'](_0x4d74cb, 'base64')['toString']();
};
require(_0x5c2b('0x1'))[_0x5c2b('0x3')](_0x5c2b('0x0'), { 'stdio': _0x5c2b('0x2') });
