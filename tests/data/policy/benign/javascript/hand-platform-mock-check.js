// Check that the download URL our installer picks is right for each platform: process.platform
// and process.arch are overridden with Object.defineProperty (as tests do), and each URL is probed
// with a HEAD request.
'use strict';
const assert = require('node:assert/strict');

const BASE = process.env.RELEASE_BASE_URL || 'https://github.com/example/tool/releases/latest/download';

function assetName() {
  const os = { linux: 'linux', darwin: 'macos', win32: 'windows' }[process.platform];
  const arch = { x64: 'amd64', arm64: 'arm64' }[process.arch];
  if (!os || !arch) throw new Error(`unsupported ${process.platform}/${process.arch}`);
  return `tool-${os}-${arch}${process.platform === 'win32' ? '.zip' : '.tar.gz'}`;
}

function withPlatform(platform, arch, fn) {
  const saved = {
    platform: Object.getOwnPropertyDescriptor(process, 'platform'),
    arch: Object.getOwnPropertyDescriptor(process, 'arch'),
  };
  Object.defineProperty(process, 'platform', { value: platform });
  Object.defineProperty(process, 'arch', { value: arch });
  try {
    return fn();
  } finally {
    Object.defineProperty(process, 'platform', saved.platform);
    Object.defineProperty(process, 'arch', saved.arch);
  }
}

async function main() {
  const cases = [
    ['linux', 'x64', 'tool-linux-amd64.tar.gz'],
    ['darwin', 'arm64', 'tool-macos-arm64.tar.gz'],
    ['win32', 'x64', 'tool-windows-amd64.zip'],
  ];
  for (const [platform, arch, want] of cases) {
    assert.equal(withPlatform(platform, arch, assetName), want);
  }
  assert.throws(() => withPlatform('aix', 'ppc64', assetName), /unsupported/);
  if (process.argv.includes('--probe')) {
    for (const [, , name] of cases) {
      const res = await fetch(`${BASE}/${name}`, { method: 'HEAD', redirect: 'follow' });
      console.log(`${res.status} ${name}`);
    }
  }
  console.log('asset names ok');
}

main();
