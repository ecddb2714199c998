// airlock's MCP server driven by the official TypeScript SDK
// (@modelcontextprotocol/sdk, pinned in package.json) as a client, over
// stdio (`airlock mcp`) and Streamable HTTP (/mcp on `airlock serve`).
// The SDK validates every structuredContent against the tool's
// outputSchema on its own (Client.callTool), so a result that does not fit
// its schema fails these tests.
//
// Run by tests/mcp/run.sh: AIRLOCK_BIN names the airlock binary.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import net from 'node:net';

import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { ElicitRequestSchema, McpError } from '@modelcontextprotocol/sdk/types.js';

const AIRLOCK = process.env.AIRLOCK_BIN;
assert.ok(AIRLOCK, 'AIRLOCK_BIN must name the airlock binary');

const PY_OK = { language: 'python', code: 'print(6*7)' };
const RISKY = { language: 'python', code: "import os\nos.system('eval echo approved-run')" };

// ---- stdio ----

const tmpdirs = [];
const clients = [];

async function stdioClient(args = [], capabilities = {}) {
  const tmp = mkdtempSync(join(tmpdir(), 'airlock-mcp-sdk.'));
  tmpdirs.push(tmp);
  const transport = new StdioClientTransport({
    command: AIRLOCK,
    args: ['mcp', ...args],
    env: { TMPDIR: tmp, AIRLOCK_MCP_PROGRESS_MS: '200' },
    stderr: 'inherit',
  });
  const client = new Client({ name: 'airlock-test', version: '1.0.0' }, { capabilities });
  await client.connect(transport);
  clients.push(client);
  return { client, tmp };
}

after(async () => {
  for (const c of clients) await c.close(); // those a failed test left open
  await new Promise((r) => setTimeout(r, 500));
  for (const d of tmpdirs) {
    const left = readdirSync(d);
    rmSync(d, { recursive: true, force: true });
    assert.deepEqual(left, [], `airlock mcp left files in ${d}`);
  }
});

function textJson(result) {
  assert.equal(result.content[0].type, 'text');
  return JSON.parse(result.content[0].text);
}

test('stdio: tools are listed with schemas and annotations', async () => {
  const { client } = await stdioClient();
  const { tools } = await client.listTools();
  const names = tools.map((t) => t.name).sort();
  assert.deepEqual(names, ['check_code', 'list_languages', 'run_code', 'sandbox_create',
    'sandbox_destroy', 'sandbox_exec', 'sandbox_list_files', 'sandbox_read_file',
    'sandbox_run_code', 'sandbox_set_network', 'sandbox_write_file']);
  const run = tools.find((t) => t.name === 'run_code');
  assert.equal(run.inputSchema.type, 'object');
  assert.deepEqual(run.inputSchema.required, ['language', 'code']);
  assert.equal(run.outputSchema.type, 'object');
  assert.equal(run.annotations.readOnlyHint, false);
  assert.equal(tools.find((t) => t.name === 'check_code').annotations.readOnlyHint, true);
  assert.equal(client.getServerVersion().name, 'airlock');
  await client.close();
});

test('stdio: run_code returns the execution as structuredContent, validated by the SDK', async () => {
  const { client } = await stdioClient();
  await client.listTools(); // the SDK caches the output schemas it validates against
  const r = await client.callTool({ name: 'run_code', arguments: PY_OK });
  assert.equal(r.isError, false);
  assert.equal(r.structuredContent.status, 'ok');
  assert.equal(r.structuredContent.stdout, '42\n');
  assert.match(r.structuredContent.id, /^ex_/);
  assert.deepEqual(textJson(r), r.structuredContent, 'the text block carries the same JSON');
  const langs = await client.callTool({ name: 'list_languages', arguments: {} });
  assert.ok(langs.structuredContent.languages.some((l) => l.name === 'python'));
  const check = await client.callTool({ name: 'check_code', arguments: RISKY });
  assert.equal(check.isError, false);
  assert.ok(check.structuredContent.findings.length > 0);
  await client.close();
});

test('stdio: isError exactly when the program failed', async () => {
  const { client } = await stdioClient();
  await client.listTools();
  const fail = await client.callTool({
    name: 'run_code',
    arguments: { language: 'python', code: '1/0' },
  });
  assert.equal(fail.isError, true);
  assert.equal(fail.structuredContent.status, 'runtime_error');
  assert.match(fail.structuredContent.stderr, /ZeroDivisionError/);
  const c = await client.callTool({
    name: 'run_code',
    arguments: { language: 'c', code: 'int main(void){ return oops; }' },
  });
  assert.equal(c.isError, true);
  assert.equal(c.structuredContent.status, 'compile_error');
  await client.close();
});

test('stdio: arguments, files in and out, and diagnostics pass the SDK\'s schema check', async () => {
  const { client } = await stdioClient();
  await client.listTools();
  const r = await client.callTool({
    name: 'run_code',
    arguments: {
      language: 'python',
      code: "import os, sys\nos.makedirs('out')\nopen('out/r.txt','w').write(sys.argv[1] + os.environ['MODE'] + open('data/in.txt').read())\nos.mkfifo('out/pipe')",
      args: ['x'],
      env: { MODE: '-fast-' },
      files: [{ name: 'data/in.txt', content: 'aGk=', encoding: 'base64' }],
      collect: ['out'],
    },
  });
  assert.equal(r.isError, false, JSON.stringify(r.structuredContent));
  const files = r.structuredContent.files;
  assert.equal(files.length, 2, JSON.stringify(files));
  const pipe = files.find((f) => f.path === 'out/pipe');
  assert.equal(pipe.size, null, 'a fifo is listed, never read');
  assert.ok(pipe.omitted);
  const txt = files.find((f) => f.path === 'out/r.txt');
  assert.equal(Buffer.from(txt.content_base64, 'base64').toString(), 'x-fast-hi');
  const fail = await client.callTool({
    name: 'run_code',
    arguments: { language: 'python', code: 'x = 1\ny = x / 0\n' },
  });
  assert.equal(fail.isError, true);
  const d = fail.structuredContent.diagnostics[0];
  assert.equal(d.type, 'ZeroDivisionError');
  assert.equal(d.file, 'main.py');
  assert.equal(d.line, 2);
  await client.close();
});

test('stdio: bad arguments are tool errors, an unknown tool a protocol error', async () => {
  const { client } = await stdioClient();
  await client.listTools();
  const bad = await client.callTool({
    name: 'run_code',
    arguments: { language: 'cobol', code: 'DISPLAY 1' },
  });
  assert.equal(bad.isError, true);
  assert.match(bad.content[0].text, /cobol/);
  assert.equal(bad.structuredContent, undefined);
  const extra = await client.callTool({
    name: 'run_code',
    arguments: { ...PY_OK, rm: true },
  });
  assert.equal(extra.isError, true);
  assert.match(extra.content[0].text, /unknown argument 'rm'/);
  await assert.rejects(client.callTool({ name: 'nope', arguments: {} }), (e) => {
    assert.ok(e instanceof McpError);
    assert.equal(e.code, -32602);
    return true;
  });
  await client.close();
});

test('stdio: progress notifications while a program runs', async () => {
  const { client } = await stdioClient();
  await client.listTools();
  const seen = [];
  const r = await client.callTool(
    { name: 'run_code', arguments: { language: 'bash', code: 'sleep 1; echo done' } },
    undefined,
    { onprogress: (p) => seen.push(p) },
  );
  assert.equal(r.structuredContent.stdout, 'done\n');
  assert.ok(seen.length >= 2, `progress: ${JSON.stringify(seen)}`);
  assert.equal(seen[0].message, 'queued');
  assert.ok(seen.some((p) => /^running, \d+\.\d s$/.test(p.message)), JSON.stringify(seen));
  for (let i = 1; i < seen.length; i++) assert.ok(seen[i].progress > seen[i - 1].progress);
  await client.close();
});

test('stdio: cancelling a call kills its run', async () => {
  const { client } = await stdioClient(['--log']);
  await client.listTools();
  const ac = new AbortController();
  const started = Date.now();
  const p = client.callTool(
    { name: 'run_code', arguments: { language: 'bash', code: 'sleep 30' } },
    undefined,
    { signal: ac.signal, onprogress: () => {} },
  );
  setTimeout(() => ac.abort('changed my mind'), 1000);
  await assert.rejects(p);
  // the server goes on answering, and the worker is free again at once
  const r = await client.callTool({ name: 'run_code', arguments: PY_OK });
  assert.equal(r.structuredContent.status, 'ok');
  assert.ok(Date.now() - started < 15000, 'the sleep did not run to its end');
  await client.close();
});

test('stdio: approval asked of the person through elicitation', async () => {
  const asked = [];
  const { client } = await stdioClient(['--policy', 'approve'], { elicitation: {} });
  client.setRequestHandler(ElicitRequestSchema, async (req) => {
    asked.push(req.params);
    return { action: 'accept', content: { approve: true } };
  });
  await client.listTools();
  const r = await client.callTool({ name: 'run_code', arguments: RISKY });
  assert.equal(asked.length, 1);
  assert.match(asked[0].message, /os\.system/);
  assert.equal(asked[0].requestedSchema.properties.approve.type, 'boolean');
  assert.equal(r.isError, false);
  assert.equal(r.structuredContent.status, 'ok');
  assert.match(r.structuredContent.stdout, /approved-run/);

  client.setRequestHandler(ElicitRequestSchema, async () => ({ action: 'decline' }));
  const no = await client.callTool({ name: 'run_code', arguments: RISKY });
  assert.equal(no.isError, true);
  assert.equal(no.structuredContent.status, 'rejected');
  await client.close();
});

test('stdio: approval without elicitation says it is pending', async () => {
  const { client } = await stdioClient(['--policy', 'approve']);
  await client.listTools();
  const r = await client.callTool({ name: 'run_code', arguments: RISKY });
  assert.equal(r.isError, true);
  assert.equal(r.structuredContent.status, 'pending_approval');
  assert.match(r.content[1].text, /pending approval/);
  await client.close();
});

// ---- HTTP ----

let server, port, dataDir, key, adminKey;

function freePort() {
  return new Promise((resolve) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = s.address().port;
      s.close(() => resolve(p));
    });
  });
}

async function waitHealthy() {
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/healthz`);
      if (r.ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('airlock serve did not start');
}

before(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'airlock-mcp-sdk-serve.'));
  port = await freePort();
  writeFileSync(join(dataDir, 'airlock.yaml'), 'workers: 2\npolicy:\n  mode: warn\n');
  const mk = (name, ...extra) =>
    execFileSync(AIRLOCK, ['keys', 'create', '--name', name, '--data-dir', dataDir, ...extra], {
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .toString()
      .split('\n')[0];
  key = mk('sdk');
  adminKey = mk('root', '--admin');
  server = spawn(
    AIRLOCK,
    ['serve', '--config', join(dataDir, 'airlock.yaml'), '--data-dir', dataDir, '--listen', `127.0.0.1:${port}`],
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, AIRLOCK_MCP_PROGRESS_MS: '200' } },
  );
  await waitHealthy();
});

after(async () => {
  if (server) {
    server.kill('SIGTERM');
    await new Promise((r) => server.once('exit', r));
  }
  rmSync(dataDir, { recursive: true, force: true });
});

async function httpClient(token = key) {
  const transport = new StreamableHTTPClientTransport(new URL(`http://127.0.0.1:${port}/mcp`), {
    requestInit: { headers: { Authorization: `Bearer ${token}` } },
  });
  const client = new Client({ name: 'airlock-test', version: '1.0.0' });
  await client.connect(transport);
  return client;
}

test('http: list, call, schema validation by the SDK', async () => {
  const client = await httpClient();
  const { tools } = await client.listTools();
  assert.equal(tools.length, 11);
  const r = await client.callTool({ name: 'run_code', arguments: PY_OK });
  assert.equal(r.isError, false);
  assert.equal(r.structuredContent.stdout, '42\n');
  assert.deepEqual(r.structuredContent.findings, [], 'the policy (warn) found nothing');
  assert.deepEqual(textJson(r), r.structuredContent);
  const risky = await client.callTool({ name: 'run_code', arguments: RISKY });
  assert.ok(risky.structuredContent.findings.length > 0, 'findings in the result');
  // the same execution is visible through /v1
  const v1 = await fetch(`http://127.0.0.1:${port}/v1/executions/${r.structuredContent.id}`, {
    headers: { Authorization: `Bearer ${key}` },
  });
  assert.equal(v1.status, 200);
  assert.equal((await v1.json()).stdout, '42\n');
  await client.close();
});

test('http: errors', async () => {
  const client = await httpClient();
  await client.listTools();
  const fail = await client.callTool({ name: 'run_code', arguments: { language: 'bash', code: 'exit 4' } });
  assert.equal(fail.isError, true);
  assert.equal(fail.structuredContent.exit_code, 4);
  const bad = await client.callTool({ name: 'run_code', arguments: { language: 'python' } });
  assert.equal(bad.isError, true);
  await assert.rejects(client.callTool({ name: 'nope', arguments: {} }), /-32602|unknown tool/i);
  await client.close();
  await assert.rejects(httpClient('ak_wrong'), /401|unauthorized|Bearer/i);
});

test('http: progress over server-sent events', async () => {
  const client = await httpClient();
  await client.listTools();
  const seen = [];
  const r = await client.callTool(
    { name: 'run_code', arguments: { language: 'bash', code: 'sleep 1; echo late' } },
    undefined,
    { onprogress: (p) => seen.push(p) },
  );
  assert.equal(r.structuredContent.stdout, 'late\n');
  assert.ok(seen.length >= 3, JSON.stringify(seen));
  assert.ok(seen.some((p) => /^done: ok after/.test(p.message)), JSON.stringify(seen));
  await client.close();
});

test('http: cancelling a call kills its run', async () => {
  const client = await httpClient();
  await client.listTools();
  const ac = new AbortController();
  const p = client.callTool(
    { name: 'run_code', arguments: { language: 'bash', code: 'sleep 30' } },
    undefined,
    { signal: ac.signal },
  );
  await new Promise((r) => setTimeout(r, 1500));
  ac.abort('stop');
  await assert.rejects(p);
  let status;
  for (let i = 0; i < 50 && status !== 'cancelled'; i++) {
    const l = await fetch(`http://127.0.0.1:${port}/v1/executions?limit=1`, {
      headers: { Authorization: `Bearer ${key}` },
    });
    status = (await l.json()).executions[0].status;
    if (status !== 'cancelled') await new Promise((r) => setTimeout(r, 100));
  }
  assert.equal(status, 'cancelled');
  await client.close();
});

test('stdio: a sandbox that lives across tool calls, as an agent uses it', async () => {
  const { client } = await stdioClient();
  const made = await client.callTool({ name: 'sandbox_create', arguments: { timeout_s: 60 } });
  assert.equal(made.isError, false);
  const id = made.structuredContent.id;
  assert.equal(made.structuredContent.state, 'running');
  const w = await client.callTool({
    name: 'sandbox_write_file',
    arguments: { sandbox_id: id, path: 'data/in.txt', content: 'hello\n' },
  });
  assert.equal(w.isError, false);
  const x = await client.callTool({
    name: 'sandbox_exec',
    arguments: { sandbox_id: id, command: 'tr a-z A-Z < data/in.txt > out.txt && cat out.txt' },
  });
  assert.equal(x.isError, false);
  assert.equal(x.structuredContent.stdout, 'HELLO\n');
  const r = await client.callTool({ name: 'sandbox_read_file', arguments: { sandbox_id: id, path: 'out.txt' } });
  assert.equal(r.structuredContent.content, 'HELLO\n');
  assert.equal(r.structuredContent.encoding, 'utf8');
  const bad = await client.callTool({ name: 'sandbox_exec', arguments: { sandbox_id: id, command: 'exit 4' } });
  assert.equal(bad.isError, true);
  // code in an interpreter that keeps its variables between calls
  const c1 = await client.callTool({
    name: 'sandbox_run_code',
    arguments: { sandbox_id: id, code: 'data = open("out.txt").read().strip()\nlen(data)' },
  });
  assert.equal(c1.isError, false, JSON.stringify(c1));
  assert.equal(c1.structuredContent.outputs[0].data['text/plain'], '5');
  const cid = c1.structuredContent.context_id;
  const c2 = await client.callTool({ name: 'sandbox_run_code', arguments: { sandbox_id: id, code: 'data.lower()' } });
  assert.equal(c2.structuredContent.context_id, cid, 'the same context by default');
  assert.equal(c2.structuredContent.outputs[0].data['text/plain'], "'hello'");
  const c3 = await client.callTool({ name: 'sandbox_run_code', arguments: { sandbox_id: id, code: 'undefined_name' } });
  assert.equal(c3.isError, true);
  assert.equal(c3.structuredContent.error.name, 'NameError');
  const js = await client.callTool({
    name: 'sandbox_run_code',
    arguments: { sandbox_id: id, language: 'javascript', code: 'let n = 20; n + 22' },
  });
  assert.notEqual(js.structuredContent.context_id, cid);
  assert.equal(js.structuredContent.outputs[0].data['text/plain'], '42');
  const plot = await client.callTool({
    name: 'sandbox_run_code',
    arguments: { sandbox_id: id, code: 'import matplotlib.pyplot as plt\nplt.plot([1, 2], [3, 4])\nplt.show()' },
  });
  const img = plot.content.find((c) => c.type === 'image');
  assert.ok(img && img.mimeType === 'image/png', JSON.stringify(plot.content.map((c) => c.type)));
  const d = await client.callTool({ name: 'sandbox_destroy', arguments: { sandbox_id: id } });
  assert.equal(d.structuredContent.state, 'terminated');
  await client.close();
});
