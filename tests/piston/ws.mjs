// Piston's WebSocket /piston/api/v2/connect, with a small RFC 6455 client
// written here on net and crypto (node 20 has no WebSocket client), so that
// the tests can also send what a well-behaved client never would.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
import crypto from 'node:crypto';

const base = new URL(process.env.PISTON_URL);

// A frame from the client: masked unless mask is false.
function frame(opcode, payload, { fin = true, mask = true } = {}) {
  const data = Buffer.isBuffer(payload) ? payload : Buffer.from(payload);
  const len = data.length;
  const head = [((fin ? 0x80 : 0) | opcode)];
  const m = mask ? 0x80 : 0;
  if (len < 126) head.push(m | len);
  else if (len < 65536) head.push(m | 126, len >> 8, len & 255);
  else {
    head.push(m | 127, 0, 0, 0, 0);
    head.push((len >>> 24) & 255, (len >>> 16) & 255, (len >>> 8) & 255, len & 255);
  }
  if (!mask) return Buffer.concat([Buffer.from(head), data]);
  const key = crypto.randomBytes(4);
  const body = Buffer.from(data.map((b, i) => b ^ key[i % 4]));
  return Buffer.concat([Buffer.from(head), key, body]);
}

// Connects and upgrades; resolves to a client whose messages() yields
// {type:'text', json} and finally {type:'close', code, reason}.
function connect({ path = '/api/v2/connect', headers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const sock = net.connect(Number(base.port), base.hostname);
    const key = crypto.randomBytes(16).toString('base64');
    let buf = Buffer.alloc(0);
    let upgraded = false;
    const events = [];
    let wake = null;
    const push = (e) => { events.push(e); if (wake) { wake(); wake = null; } };
    sock.on('error', (e) => (upgraded ? push({ type: 'end' }) : reject(e)));
    sock.on('close', () => push({ type: 'end' }));
    sock.on('connect', () => {
      const extra = Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('');
      sock.write(`GET ${base.pathname}${path} HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\n` +
        `Connection: Upgrade\r\nSec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n${extra}\r\n`);
    });
    sock.on('data', (d) => {
      buf = Buffer.concat([buf, d]);
      if (!upgraded) {
        const end = buf.indexOf('\r\n\r\n');
        if (end < 0) return;
        const head = buf.subarray(0, end).toString();
        buf = buf.subarray(end + 4);
        if (!head.startsWith('HTTP/1.1 101')) {
          sock.destroy();
          return resolve({ status: Number(head.split(' ')[1]), head });
        }
        const accept = crypto.createHash('sha1')
          .update(key + '258EAFA5-E914-47DA-95CA-C5AB0DC85B11').digest('base64');
        assert.match(head, new RegExp(`Sec-WebSocket-Accept: ${accept.replace(/[+/]/g, '\\$&')}`, 'i'));
        upgraded = true;
        resolve(client);
      }
      for (;;) {
        if (buf.length < 2) return;
        const op = buf[0] & 15;
        let len = buf[1] & 127, off = 2;
        assert.equal(buf[1] & 128, 0, 'server frames are not masked');
        if (len === 126) { if (buf.length < 4) return; len = buf.readUInt16BE(2); off = 4; }
        else if (len === 127) { if (buf.length < 10) return; len = Number(buf.readBigUInt64BE(2)); off = 10; }
        if (buf.length < off + len) return;
        const payload = buf.subarray(off, off + len);
        buf = buf.subarray(off + len);
        if (op === 1) push({ type: 'text', json: JSON.parse(payload.toString()) });
        else if (op === 8) {
          push({ type: 'close', code: payload.length >= 2 ? payload.readUInt16BE(0) : null,
            reason: payload.subarray(2).toString() });
          try { sock.write(frame(8, payload.subarray(0, 2))); } catch { /* gone */ }
        } else if (op === 10) push({ type: 'pong', data: payload.toString() });
      }
    });
    const client = {
      status: 101,
      send: (obj) => sock.write(frame(1, JSON.stringify(obj))),
      raw: (b) => sock.write(b),
      async next(ms = 20000) {
        const t0 = Date.now();
        while (events.length === 0) {
          if (Date.now() - t0 > ms) throw new Error('no message within ' + ms + ' ms');
          await new Promise((r) => { wake = r; setTimeout(r, 50); });
        }
        return events.shift();
      },
      // Every message up to the close (or the end of the connection).
      // The program's stdout from data messages until it holds want.
      async stdoutUntil(want) {
        let out = '';
        while (!out.includes(want)) {
          const e = await client.next();
          if (e.type !== 'text') throw new Error('ended before ' + JSON.stringify(want) + ': ' + out);
          if (e.json.type === 'data' && e.json.stream === 'stdout') out += e.json.data;
        }
        return out;
      },
      async untilClose() {
        const got = [];
        for (;;) {
          const e = await client.next();
          if (e.type === 'close' || e.type === 'end') return { got, close: e };
          if (e.type === 'text') got.push(e.json);
        }
      },
      end: () => sock.destroy(),
    };
  });
}

const init = (extra = {}) => ({ type: 'init', language: 'python', version: '*',
  files: [{ content: 'print(input()[::-1])' }], ...extra });

test('init, stdin as data, output, exit, close 4999', async () => {
  const c = await connect();
  c.send(init({ stdin: 'ignored' }));
  const rt = (await c.next()).json;
  assert.equal(rt.type, 'runtime');
  assert.equal(rt.language, 'python');
  assert.match(rt.version, /^3\.\d+/);
  assert.deepEqual((await c.next()).json, { type: 'stage', stage: 'run' });
  c.send({ type: 'data', stream: 'stdin', data: 'olleh\n' });
  const { got, close } = await c.untilClose();
  // output comes in chunks as the program writes them
  assert.ok(got.slice(0, -1).every((m) => m.type === 'data' && m.stream === 'stdout'), JSON.stringify(got));
  assert.equal(got.slice(0, -1).map((m) => m.data).join(''), 'hello\n');
  assert.deepEqual(got.at(-1), { type: 'exit', stage: 'run', code: 0, signal: null });
  assert.equal(close.code, 4999);
  assert.equal(close.reason, 'Job Completed');
});

test('stdin arrives while the program runs (several data messages)', async () => {
  const c = await connect();
  c.send(init({ files: [{ content: 'import sys\nfor line in sys.stdin:\n    print(int(line) * 2, flush=True)\n    if line.strip() == "3": break' }] }));
  await c.next(); await c.next(); // runtime, stage
  for (const n of [1, 2, 3]) {
    c.send({ type: 'data', stream: 'stdin', data: `${n}\n` });
    assert.equal(await c.stdoutUntil('\n'), `${n * 2}\n`);
  }
  const { got, close } = await c.untilClose();
  assert.equal(got.at(-1).type, 'exit');
  assert.equal(close.code, 4999);
});

test('a compiled language: compile stage and exit, then run', async () => {
  const c = await connect();
  c.send({ type: 'init', language: 'c', version: '*',
    files: [{ content: '#include <stdio.h>\nint main(void){fprintf(stderr, "e\\n"); return 3;}' }] });
  const { got, close } = await c.untilClose();
  assert.deepEqual(got.slice(1).map((m) => m.type === 'data' ? `${m.stream}:${m.data}` : `${m.type}:${m.stage}`),
    ['stage:compile', 'exit:compile', 'stage:run', 'stderr:e\n', 'exit:run']);
  assert.equal(got.at(-1).code, 3);
  assert.equal(close.code, 4999);
});

test('a compile error: exit of compile with its output, no run stage', async () => {
  const c = await connect();
  c.send({ type: 'init', language: 'c', version: '*', files: [{ content: 'int main(void){ return x; }' }] });
  const { got, close } = await c.untilClose();
  const types = got.map((m) => `${m.type}:${m.stage ?? m.stream ?? ''}`);
  assert.deepEqual(types, ['runtime:', 'stage:compile', 'data:stderr', 'exit:compile'], JSON.stringify(got));
  assert.equal(got.at(-1).code, 1);
  assert.equal(close.code, 4999);
});

test('a signal ends the run', async () => {
  const c = await connect();
  c.send(init({ files: [{ content: 'import time\nprint("up", flush=True)\ntime.sleep(30)' }] }));
  await c.stdoutUntil('up\n');
  const t0 = Date.now();
  c.send({ type: 'signal', signal: 'SIGKILL' });
  const { close } = await c.untilClose();
  assert.ok(Date.now() - t0 < 10000, 'the run ended at once');
  assert.equal(close.code, 4999);
});

test('time limit: exit with SIGKILL', async () => {
  const c = await connect();
  c.send(init({ files: [{ content: 'while True: pass' }], run_cpu_time: 300 }));
  const { got, close } = await c.untilClose();
  assert.deepEqual(got.at(-1), { type: 'exit', stage: 'run', code: null, signal: 'SIGKILL' });
  assert.equal(close.code, 4999);
});

for (const [name, first, second, code, reason] of [
  ['no init within a second', null, null, 4001, 'Initialization Timeout'],
  ['data before init', { type: 'data', stream: 'stdin', data: 'x' }, null, 4003, 'Not yet Initialized'],
  ['a signal before init', { type: 'signal', signal: 'SIGKILL' }, null, 4003, 'Not yet Initialized'],
  ['init twice', init({ files: [{ content: 'import time; time.sleep(5)' }] }), init(), 4000, 'Already Initialized'],
  ['data for stdout', init({ files: [{ content: 'import time; time.sleep(5)' }] }),
    { type: 'data', stream: 'stdout', data: 'x' }, 4004, 'Can only write to stdin'],
  ['an unknown signal', init({ files: [{ content: 'import time; time.sleep(5)' }] }),
    { type: 'signal', signal: 'SIGNOPE' }, 4005, 'Invalid Signal'],
]) {
  test(`close code ${code}: ${name}`, async () => {
    const c = await connect();
    const t0 = Date.now();
    if (first) c.send(first);
    if (second) { await c.next(); c.send(second); }
    const { close } = await c.untilClose();
    assert.equal(close.code, code);
    assert.equal(close.reason, reason);
    if (code === 4001) assert.ok(Date.now() - t0 >= 900 && Date.now() - t0 < 5000);
  });
}

test('a bad init: error message, then 4002', async () => {
  const c = await connect();
  c.send({ type: 'init', language: 'cobol', version: '*', files: [{ content: '' }] });
  const { got, close } = await c.untilClose();
  assert.deepEqual(got, [{ type: 'error', message: 'cobol-* runtime is unknown' }]);
  assert.equal(close.code, 4002);
  assert.equal(close.reason, 'Notified Error');
});

test('not JSON: error message, then 4002', async () => {
  const c = await connect();
  c.raw(frame(1, '{"type":'));
  const { got, close } = await c.untilClose();
  assert.equal(got[0].type, 'error');
  assert.equal(close.code, 4002);
});

test('an unknown message type is ignored', async () => {
  const c = await connect();
  c.send({ type: 'hello' });
  c.send(init({ files: [{ content: 'print(1)' }] }));
  const { got, close } = await c.untilClose();
  assert.equal(got[0].type, 'runtime');
  assert.equal(close.code, 4999);
});

test('frames: fragmented init, ping answered with pong', async () => {
  const c = await connect();
  c.raw(frame(9, 'are you there'));
  assert.deepEqual(await c.next(), { type: 'pong', data: 'are you there' });
  const text = JSON.stringify(init({ files: [{ content: 'print("frag")' }] }));
  c.raw(frame(1, text.slice(0, 10), { fin: false }));
  c.raw(frame(9, 'between'));
  c.raw(frame(0, text.slice(10, 30), { fin: false }));
  c.raw(frame(0, text.slice(30)));
  const { got, close } = await c.untilClose();
  assert.equal(got.filter((m) => m.type === 'data').map((m) => m.data).join(''), 'frag\n');
  assert.equal(close.code, 4999);
});

for (const [name, bytes, code] of [
  ['an unmasked frame', () => frame(1, '{}', { mask: false }), 1002],
  ['invalid UTF-8 in a text frame', () => frame(1, Buffer.from([0x7b, 0xff, 0x7d])), 1007],
  ['a message over the size limit', () => frame(2, Buffer.alloc((2 << 20) + 1, 32)), 1009],
  ['a continuation with nothing to continue', () => frame(0, 'x'), 1002],
  ['reserved bits', () => { const f = frame(1, '{}'); f[0] |= 0x40; return f; }, 1002],
]) {
  test(`bad frames: ${name} closes with ${code}`, async () => {
    const c = await connect();
    c.raw(bytes());
    const { close } = await c.untilClose();
    assert.equal(close.code, code, JSON.stringify(close));
  });
}

test('the client going away ends the run', async () => {
  const c = await connect();
  c.send(init({ files: [{ content: 'import time\nprint("up", flush=True)\ntime.sleep(60)' }] }));
  await c.stdoutUntil('up\n');
  c.end();
  // the server keeps serving, and the run was cancelled
  const d = await connect();
  d.send(init({ files: [{ content: 'print("next")' }] }));
  assert.equal(await d.stdoutUntil('\n'), 'next\n');
});

test('not an upgrade: 426', async () => {
  const res = await fetch(`${base.href}/api/v2/connect`);
  assert.equal(res.status, 426);
  assert.match((await res.json()).message, /WebSocket/);
});

test('a session outlives the server\'s head timeout (2 s here)', async () => {
  const c = await connect();
  c.send(init({ files: [{ content: 'import time\ntime.sleep(3.5)\nprint(input())' }], run_timeout: 8000 }));
  await c.next(); await c.next();
  await new Promise((r) => setTimeout(r, 3000));
  c.send({ type: 'data', stream: 'stdin', data: 'late\n' });
  assert.equal(await c.stdoutUntil('\n'), 'late\n');
  const { close } = await c.untilClose();
  assert.equal(close.code, 4999);
});
