// npm piston-client (pinned 1.0.2) against airlock's /piston, unchanged:
// the client sends no Content-Type and no key, and its default args.
// usage: node --test tests/piston/client.mjs   (PISTON_URL, PISTON_CLIENT_DIR set by run.sh)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const server = process.env.PISTON_URL;
const dir = process.env.PISTON_CLIENT_DIR;
const { piston } = await import(
  pathToFileURL(path.join(dir, 'node_modules/piston-client/index.js')).href
);

test('runtimes lists this host\'s interpreters', async () => {
  const client = piston({ server });
  const runtimes = await client.runtimes();
  assert.ok(Array.isArray(runtimes), JSON.stringify(runtimes));
  const names = runtimes.map((r) => r.language);
  for (const l of ['python', 'javascript', 'bash', 'c', 'c++']) assert.ok(names.includes(l), l);
  const js = runtimes.find((r) => r.language === 'javascript');
  assert.equal(js.runtime, 'node');
  assert.equal(js.version, process.versions.node);
});

for (const [language, code, want] of [
  ['python', 'import sys\nprint("hi", sys.stdin.read() == "in\\n")', 'hi True\n'],
  ['javascript', 'console.log("js")', 'js\n'],
  ['bash', 'echo sh', 'sh\n'],
  ['c', '#include <stdio.h>\nint main(void){puts("c");}', 'c\n'],
  ['c++', '#include <cstdio>\nint main(){puts("cpp");}', 'cpp\n'],
]) {
  test(`execute ${language}`, async () => {
    const client = piston({ server });
    const r = await client.execute(language, code, { stdin: 'in', args: [] });
    assert.equal(r.run?.stdout, want, JSON.stringify(r));
    assert.equal(r.run.code, 0);
    assert.equal(r.run.status, null);
    assert.equal(r.language, language);
    assert.equal(language.startsWith('c'), 'compile' in r, JSON.stringify(r));
  });
}

test('execute with the client\'s defaults (args 1 2 3, memory -1)', async () => {
  const client = piston({ server });
  const r = await client.execute('python', 'import sys; print(sys.argv[1:])');
  assert.equal(r.run?.stdout, "['1', '2', '3']\n", JSON.stringify(r));
});

test('a failing program: status, code and output', async () => {
  const client = piston({ server });
  const r = await client.execute('python', 'import sys\nprint("a")\nsys.exit("boom")', { args: [] });
  assert.equal(r.run.status, 'RE');
  assert.equal(r.run.code, 1);
  assert.equal(r.run.stderr, 'boom\n');
  assert.equal(r.run.output, 'a\nboom\n');
});

test('compile errors come back in compile and run', async () => {
  const client = piston({ server });
  const r = await client.execute('c', 'int main(void) { return nope; }', { args: [] });
  assert.deepEqual(r.run, r.compile);
  assert.equal(r.compile.status, 'RE');
  assert.match(r.compile.stderr, /nope/);
});

test('a language the server does not have: Piston\'s message', async () => {
  const client = piston({ server });
  const r = await client.execute({ language: 'cobol', version: '*', files: [{ content: 'x' }] });
  assert.equal(r.message, 'cobol-* runtime is unknown');
});

test('the emkc.org paths are served too', async () => {
  const res = await fetch(`${server}/api/v2/piston/runtimes`);
  assert.equal(res.status, 200);
  assert.ok((await res.json()).length >= 5);
});
