// The E2B SDKs against airlock's /e2b, as a user's script would use them.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import http from 'node:http';

const dir = process.env.E2B_CLIENT_DIR;
const load = (p) => import(pathToFileURL(path.join(dir, 'node_modules', p)).href);
const { Sandbox } = await load('@e2b/code-interpreter/dist/index.mjs');
const e2b = await load('e2b/dist/index.mjs');

const made = [];
after(async () => {
	for (const sbx of made) await sbx.kill().catch(() => {});
});

async function create(opts) {
	const sbx = await Sandbox.create(opts);
	made.push(sbx);
	return sbx;
}

test('runCode keeps state, returns results and errors', async () => {
	const sbx = await create();
	assert.match(sbx.sandboxId, /^sb_/);
	let ex = await sbx.runCode('x = 1');
	assert.equal(ex.error, undefined);
	assert.equal(ex.results.length, 0);
	ex = await sbx.runCode('x + 1');
	assert.equal(ex.text, '2');
	assert.equal(ex.results[0].isMainResult, true);
	const seen = [];
	ex = await sbx.runCode('print("hello"); import sys; print("oops", file=sys.stderr)', {
		onStdout: (m) => seen.push(m.line),
	});
	assert.deepEqual(ex.logs.stdout, ['hello\n']);
	assert.deepEqual(ex.logs.stderr, ['oops\n']);
	assert.deepEqual(seen, ['hello\n']);
	ex = await sbx.runCode('1/0');
	assert.equal(ex.error.name, 'ZeroDivisionError');
	assert.match(ex.error.value, /division by zero/);
	assert.match(ex.error.traceback, /ZeroDivisionError/);
	ex = await sbx.runCode('x');
	assert.equal(ex.text, '1', 'a failing cell leaves the state alone');
});

test('runCode envs hold for that cell only, in Python and JavaScript', async () => {
	const sbx = await create({ envs: { KEEP: 'sandbox' } });
	let ex = await sbx.runCode('import os\n(os.environ["CELL"], os.environ["KEEP"])', {
		envs: { CELL: 'one', KEEP: 'cell' },
	});
	assert.equal(ex.text, "('one', 'cell')", JSON.stringify(ex.error));
	ex = await sbx.runCode('(os.environ.get("CELL"), os.environ["KEEP"])');
	assert.equal(ex.text, "(None, 'sandbox')", 'put back after the cell');
	ex = await sbx.runCode('raise KeyError(os.environ["CELL"])', { envs: { CELL: 'two' } });
	assert.equal(ex.error.name, 'KeyError');
	ex = await sbx.runCode('"CELL" in os.environ');
	assert.equal(ex.text, 'False', 'put back after an error');
	const js = await sbx.createCodeContext({ language: 'js' });
	ex = await sbx.runCode('process.env.CELL + process.env.KEEP', {
		context: js,
		envs: { CELL: 'x', KEEP: 'y' },
	});
	assert.equal(ex.text, "'xy'");
	ex = await sbx.runCode('[process.env.CELL, process.env.KEEP]', { context: js });
	assert.equal(ex.text, "[ undefined, 'sandbox' ]");
});

test('a matplotlib figure comes back as a PNG; HTML as html', async () => {
	const sbx = await create({ timeoutMs: 120_000 });
	const ex = await sbx.runCode(
		'import matplotlib.pyplot as plt\nplt.plot([1, 2, 3], [1, 4, 9])\nplt.show()'
	);
	assert.equal(ex.error, undefined, JSON.stringify(ex.error));
	const png = ex.results.find((r) => r.png);
	assert.ok(png, 'a PNG result');
	assert.ok(Buffer.from(png.png, 'base64').subarray(0, 4).equals(Buffer.from('\x89PNG', 'latin1')));
	const html = await sbx.runCode(
		'class T:\n    def _repr_html_(self): return "<table></table>"\nT()'
	);
	assert.equal(html.results[0].html, '<table></table>');
});

test('contexts: JavaScript, cwd, restart, list, remove', async () => {
	const sbx = await create();
	const js = await sbx.createCodeContext({ language: 'js' });
	assert.equal(js.language, 'javascript');
	let ex = await sbx.runCode('const a = 40; a + 2', { context: js });
	assert.equal(ex.text, '42');
	ex = await sbx.runCode('1 + 1', { language: 'javascript' });
	assert.equal(ex.text, '2', 'the default JavaScript context');
	await sbx.files.makeDir('/home/user/proj');
	const py = await sbx.createCodeContext({ language: 'python', cwd: '/home/user/proj' });
	ex = await sbx.runCode('import os; os.getcwd()', { context: py });
	assert.equal(ex.text, "'/home/user/proj'");
	ex = await sbx.runCode('v = 5', { context: py });
	await sbx.restartCodeContext(py);
	ex = await sbx.runCode('v', { context: py });
	assert.equal(ex.error.name, 'NameError', 'a restart forgets the variables');
	const list = await sbx.listCodeContexts();
	assert.ok(list.some((c) => c.id === js.id) && list.some((c) => c.id === py.id));
	await sbx.removeCodeContext(js);
	// (a failing runCode leaves the SDK's request timer running: a short one)
	const quick = { requestTimeoutMs: 3000 };
	await assert.rejects(sbx.runCode('1', { context: js, ...quick }), /no context/i);
	await assert.rejects(sbx.runCode('1', { language: 'r', ...quick }), /400/);
});

test('files: write, read, list, stat, rename, remove', async () => {
	const sbx = await create();
	const info = await sbx.files.write('data/hello.txt', 'hello world');
	assert.equal(info.path, '/home/user/data/hello.txt');
	assert.equal(await sbx.files.read('data/hello.txt'), 'hello world');
	const bytes = new Uint8Array([0, 1, 2, 255, 10, 13]);
	await sbx.files.write('/home/user/bin.dat', bytes.buffer);
	assert.deepEqual(await sbx.files.read('/home/user/bin.dat', { format: 'bytes' }), bytes);
	const entries = await sbx.files.list('/home/user/data');
	assert.deepEqual(entries.map((e) => [e.name, e.type]), [['hello.txt', 'file']]);
	assert.equal(await sbx.files.exists('data/hello.txt'), true);
	assert.equal(await sbx.files.exists('data/nope.txt'), false);
	const st = await sbx.files.getInfo('data/hello.txt');
	assert.equal(st.size, 11);
	assert.equal(st.type, 'file');
	assert.equal(await sbx.files.makeDir('data'), false, 'exists already');
	await sbx.files.rename('data/hello.txt', 'data/bye.txt');
	assert.equal(await sbx.files.read('data/bye.txt'), 'hello world');
	await sbx.files.remove('data/bye.txt');
	await assert.rejects(sbx.files.read("data/bye.txt"), /no such file|not found/i);
	await assert.rejects(sbx.files.read('/etc/passwd'));
	const ex = await sbx.runCode('open("bin.dat", "rb").read()');
	assert.equal(ex.text, "b'\\x00\\x01\\x02\\xff\\n\\r'", 'the interpreter sees the files');
});

test('commands.run: output, exit codes, env, cwd', async () => {
	const sbx = await create({ envs: { GREETING: 'hi' } });
	let r = await sbx.commands.run('echo hi');
	assert.equal(r.stdout, 'hi\n');
	assert.equal(r.exitCode, 0);
	const out = [];
	r = await sbx.commands.run('echo $GREETING $X; echo err >&2', {
		envs: { X: 'there' },
		onStdout: (d) => out.push(d),
	});
	assert.equal(r.stdout, 'hi there\n');
	assert.equal(r.stderr, 'err\n');
	assert.deepEqual(out, ['hi there\n']);
	await sbx.files.makeDir('w');
	r = await sbx.commands.run('pwd', { cwd: '/home/user/w' });
	assert.equal(r.stdout, '/home/user/w\n');
	await assert.rejects(sbx.commands.run('exit 3'), (err) => {
		assert.equal(err.exitCode, 3);
		return true;
	});
});

test('background commands: stdin, list, connect, disconnect, kill', async () => {
	const sbx = await create();
	// a command reading its stdin, in the background
	const upper = await sbx.commands.run('tr a-z A-Z', { background: true, stdin: true });
	assert.ok(upper.pid > 0);
	let listed = await sbx.commands.list();
	const mine = listed.find((p) => p.pid === upper.pid);
	assert.ok(mine, JSON.stringify(listed));
	assert.equal(mine.cmd, '/bin/bash');
	assert.deepEqual(mine.args, ['-l', '-c', 'tr a-z A-Z']);
	await sbx.commands.sendStdin(upper.pid, 'hello ');
	await upper.sendStdin('world\n');
	await sbx.commands.closeStdin(upper.pid);
	const done = await upper.wait();
	assert.equal(done.stdout, 'HELLO WORLD\n');
	assert.equal(done.exitCode, 0);

	// a server that outlives the stream that started it
	const server = await sbx.commands.run('i=0; while :; do echo tick$i; i=$((i+1)); sleep 0.2; done', {
		background: true,
		timeoutMs: 0,
	});
	await server.disconnect();
	await new Promise((r) => setTimeout(r, 1500));
	listed = await sbx.commands.list();
	assert.ok(listed.some((p) => p.pid === server.pid), 'it runs on after disconnect');
	const seen = [];
	const again = await sbx.commands.connect(server.pid, { onStdout: (d) => seen.push(d) });
	assert.equal(again.pid, server.pid);
	for (let i = 0; i < 50 && seen.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
	assert.ok(seen.length > 0 && /tick\d+/.test(seen.join('')), 'connect streams its output');
	assert.equal(await sbx.commands.kill(server.pid), true);
	await assert.rejects(again.wait(), (err) => {
		assert.equal(err.exitCode, -1);
		assert.match(String(err.error), /signal|killed/);
		return true;
	});
	assert.equal(await sbx.commands.kill(server.pid), false, 'a gone pid is not found');
	listed = await sbx.commands.list();
	assert.ok(!listed.some((p) => p.pid === server.pid));
	await assert.rejects(sbx.commands.sendStdin(999999, 'x'), /not found|no running/i);
});

async function waitFor(cond, what) {
	for (let i = 0; i < 200; i++) {
		if (cond()) return;
		await new Promise((ok) => setTimeout(ok, 50));
	}
	assert.fail(`never saw ${what}`);
}

test('pty: an interactive terminal of the sandbox own, input, resize, kill', async () => {
	const sbx = await create();
	const dec = new TextDecoder();
	const enc = (t) => new TextEncoder().encode(t);
	let out = '';
	const term = await sbx.pty.create({
		cols: 80,
		rows: 24,
		onData: (d) => {
			out += dec.decode(d, { stream: true });
		},
	});
	assert.ok(term.pid > 0);
	await sbx.pty.sendInput(term.pid, enc('tty; echo "size $(stty size) TERM=$TERM"\n'));
	await waitFor(() => /size 24 80 TERM=xterm-256color/.test(out), 'the first size');
	assert.match(out, /\/dev\/pts\/0/);
	await sbx.pty.resize(term.pid, { cols: 100, rows: 30 });
	await sbx.pty.sendInput(term.pid, enc('echo "size $(stty size)"\n'));
	await waitFor(() => /size 30 100/.test(out), 'the new size');
	const listed = await sbx.commands.list();
	assert.ok(listed.some((p) => p.pid === term.pid));
	assert.equal(await sbx.pty.kill(term.pid), true);
	await assert.rejects(term.wait(), (err) => {
		assert.match(String(err.error ?? err.message), /signal|killed/i);
		return true;
	});
	assert.equal(await sbx.pty.kill(term.pid), false, 'gone once killed');
	// the killed terminal's processes are gone once their init has reaped
	// them: a look a moment after the kill may still see one
	let left;
	for (let i = 0; i < 40; i++) {
		left = await sbx.commands.run('ps -e -o comm= | grep -c bash || true');
		if (left.stdout.trim() === '1') break;
		await new Promise((r) => setTimeout(r, 50));
	}
	assert.equal(left.stdout.trim(), '1', 'only the bash of this command is left');
});

test('files.watchDir: events of the sandbox work, recursive, never through a link', async () => {
	const sbx = await create();
	await sbx.files.makeDir('/home/user/w/sub');
	await sbx.commands.run('ln -s /tmp /home/user/w/out');
	const events = [];
	const handle = await sbx.files.watchDir('/home/user/w', (e) => events.push(`${e.type} ${e.name}`), {
		recursive: true,
	});
	await sbx.files.write('/home/user/w/a.txt', 'x');
	await sbx.commands.run(
		'echo y > /home/user/w/sub/b; echo t > /home/user/w/out/t; chmod 600 /home/user/w/a.txt; rm /home/user/w/a.txt'
	);
	await waitFor(() => events.includes('remove a.txt'), 'remove a.txt');
	for (const want of ['create a.txt', 'create sub/b', 'chmod a.txt'])
		assert.ok(events.includes(want), `${want} in ${events}`);
	assert.ok(!events.some((e) => e.includes('out/')), `a link was followed: ${events}`);
	await handle.stop();
	await assert.rejects(
		sbx.files.watchDir('/etc', () => {}),
		/permission|outside|denied|403/i
	);
});

test('control plane: info, list, timeout, connect, kill; another key; 501s', async () => {
	const sbx = await create({ metadata: { who: 'test' } });
	const info = await sbx.getInfo();
	assert.equal(info.sandboxId, sbx.sandboxId);
	assert.equal(info.templateId, 'code-interpreter-v1');
	assert.deepEqual(info.metadata, { who: 'test' });
	assert.equal(info.state, 'running');
	assert.equal(await sbx.isRunning(), true);
	await sbx.setTimeout(120_000);
	const listed = await Sandbox.list().nextItems();
	assert.ok(listed.some((s) => s.sandboxId === sbx.sandboxId));
	const again = await Sandbox.connect(sbx.sandboxId);
	assert.equal((await again.runCode('6 * 7')).text, '42');
	// another key sees nothing of it
	await assert.rejects(
		Sandbox.connect(sbx.sandboxId, { apiKey: process.env.E2B_OTHER_KEY }),
		/not found/i
	);
	const theirs = await Sandbox.list({ apiKey: process.env.E2B_OTHER_KEY }).nextItems();
	assert.equal(theirs.length, 0);
	// what airlock does not do is a 501
	await assert.rejects(sbx.pause({ keepMemory: false }), /not supported|501/i);
	await assert.rejects(Sandbox.create('no-such-template'), /not found/i);
	await sbx.kill();
	assert.equal(await sbx.isRunning(), false);
	await assert.rejects(sbx.runCode('1', { requestTimeoutMs: 3000 }), /timeout|not running/i);
	await assert.rejects(Sandbox.create({ apiKey: 'e2b_0000' }), /401|unauthori|invalid/i);
});

test('network: allowOut is the egress allow-list through airlock\'s proxy', async () => {
	const sbx = await create({
		network: { allowOut: ['pypi.org', '*.pythonhosted.org'], denyOut: ({ allTraffic }) => [allTraffic] },
	});
	const info = await sbx.getInfo();
	assert.deepEqual(info.network.allowOut, ['pypi.org', '*.pythonhosted.org']);
	assert.deepEqual(info.network.denyOut, [e2b.ALL_TRAFFIC]);
	assert.equal(info.allowInternetAccess, false, 'the internet at large stays out');
	// the sandbox's programs are pointed at airlock's proxy
	const r = await sbx.commands.run('echo "$HTTPS_PROXY"');
	assert.equal(r.stdout, 'http://127.0.0.1:3128\n');
	// a host the server does not list, and what an allow-list cannot be
	await assert.rejects(
		create({ network: { allowOut: ['example.org'], denyOut: [e2b.ALL_TRAFFIC] } }),
		/example\.org/
	);
	await assert.rejects(create({ network: { allowOut: ['10.0.0.0/8'] } }), /address ranges/);
	await assert.rejects(
		create({ network: { allowOut: ['pypi.org'], egressProxy: { address: 'proxy.test:1080' } } }),
		/not supported/
	);
	// updateNetwork replaces the list; what it omits, it clears
	await sbx.updateNetwork({ allowOut: ['*.pythonhosted.org'], denyOut: [e2b.ALL_TRAFFIC] });
	assert.deepEqual((await sbx.getInfo()).network.allowOut, ['*.pythonhosted.org']);
	await assert.rejects(sbx.updateNetwork({ allowOut: ['example.org'] }), /example\.org/);
	assert.deepEqual((await sbx.getInfo()).network.allowOut, ['*.pythonhosted.org']);
	await sbx.updateNetwork({});
	assert.deepEqual((await sbx.getInfo()).network.allowOut, []);
	// without a network, none, and none to change
	const none = await create({});
	assert.equal((await none.getInfo()).network, undefined);
	assert.equal((await none.commands.run('echo "[$HTTPS_PROXY]"')).stdout, '[]\n');
	await assert.rejects(none.updateNetwork({ allowOut: ['pypi.org'] }), /without egress/);
});

// GET through airlock's API port, with the Host the request names
function getVia(host, path, headers) {
	const api = new URL(process.env.AIRLOCK_URL);
	return new Promise((resolve, reject) => {
		const req = http.get(
			{ host: api.hostname, port: api.port, path, headers: { Host: host, ...headers } },
			(res) => {
				let body = '';
				res.setEncoding('utf8');
				res.on('data', (d) => (body += d));
				res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
			}
		);
		req.on('error', reject);
	});
}

test('getHost: a server the sandbox runs is reached, with its traffic token', async () => {
	const sbx = await create({});
	await sbx.files.write('hello.txt', 'hello from the sandbox\n');
	await sbx.commands.run('python3 -m http.server 8000 --bind 127.0.0.1', { background: true });
	const host = sbx.getHost(8000);
	assert.equal(host, `8000-${sbx.sandboxId}.localhost:${new URL(process.env.AIRLOCK_URL).port}`);
	const token = { 'e2b-traffic-access-token': sbx.trafficAccessToken };
	let r;
	for (let i = 0; i < 100; i++) {
		r = await getVia(host, '/hello.txt', token);
		if (r.status === 200) break;
		await new Promise((ok) => setTimeout(ok, 50));
	}
	assert.equal(r.status, 200, r.body);
	assert.equal(r.body, 'hello from the sandbox\n');
	assert.match(r.headers['content-type'], /^text\/plain/);
	// no token, no way in; a port nobody listens on is E2B's 502
	assert.equal((await getVia(host, '/hello.txt', {})).status, 401);
	assert.equal((await getVia(sbx.getHost(8001), '/', token)).status, 502);
	// the same through E2B_SANDBOX_URL, addressed by headers
	const res = await fetch(`${process.env.E2B_SANDBOX_URL}/hello.txt`, {
		headers: { 'E2b-Sandbox-Id': sbx.sandboxId, 'E2b-Sandbox-Port': '8000', ...token },
	});
	assert.equal(res.status, 200);
	assert.equal(await res.text(), 'hello from the sandbox\n');
	// allowPublicTraffic: true opens its ports, and only them
	const open = await create({ network: { allowPublicTraffic: true } });
	await open.commands.run('python3 -m http.server 8000 --bind 127.0.0.1', { background: true });
	for (let i = 0; i < 100; i++) {
		r = await getVia(open.getHost(8000), '/', {});
		if (r.status === 200) break;
		await new Promise((ok) => setTimeout(ok, 50));
	}
	assert.equal(r.status, 200, r.body);
});

test('downloadUrl and uploadUrl: signed file URLs, no token needed, and only for that file', async () => {
	const sbx = await create({});
	await sbx.files.write('data.csv', 'a,b\n1,2\n');
	const url = await sbx.downloadUrl('data.csv');
	assert.match(url, /signature=v1_/);
	let res = await fetch(url); // no header, no token: the signature is the key
	assert.equal(res.status, 200);
	assert.equal(await res.text(), 'a,b\n1,2\n');
	// another file, another operation, or a changed signature: refused
	res = await fetch(url.replace('data.csv', 'other.csv'));
	assert.equal(res.status, 401);
	const tampered = new URL(url);
	tampered.searchParams.set('signature', 'v1_' + 'A'.repeat(43));
	assert.equal((await fetch(tampered)).status, 401);
	const form = new FormData();
	form.append('file', new Blob(['uploaded\n']), 'up.txt');
	assert.equal((await fetch(url, { method: 'POST', body: form })).status, 401, 'a read URL cannot write');
	// an upload URL writes its file
	const up = await sbx.uploadUrl('up.txt');
	res = await fetch(up, { method: 'POST', body: form });
	assert.equal(res.status, 200, await res.text());
	assert.equal(await sbx.files.read('up.txt'), 'uploaded\n');
	// an expiring URL works until it expires
	const soon = await sbx.downloadUrl('data.csv', { useSignatureExpiration: 1 });
	assert.equal((await fetch(soon)).status, 200);
	await new Promise((ok) => setTimeout(ok, 2100));
	assert.equal((await fetch(soon)).status, 401);
	// once the sandbox is gone, so is every URL it signed
	await sbx.kill();
	assert.equal((await fetch(url)).status, 401);
});

test('list: filtered by metadata, template and time, in pages', async () => {
	const suite = `list-${process.pid}-${Date.now()}`;
	const before = new Date(Date.now() - 1000);
	const made3 = [];
	for (const n of ['0', '1', '2']) made3.push(await create({ metadata: { suite, n, 'a b': 'c&d' } }));
	const ids = (items) => items.map((x) => x.sandboxId).sort();
	// only these three, whatever else this key runs
	const p = e2b.Sandbox.list({ query: { metadata: { suite } }, limit: 2 });
	const first = await p.nextItems();
	assert.equal(first.length, 2);
	assert.equal(p.hasNext, true);
	const second = await p.nextItems();
	assert.equal(second.length, 1);
	assert.equal(p.hasNext, false);
	assert.deepEqual(ids([...first, ...second]), made3.map((x) => x.sandboxId).sort());
	// every pair must match; keys and values with & = and spaces travel
	const one = await e2b.Sandbox.list({ query: { metadata: { suite, n: '1', 'a b': 'c&d' } } }).nextItems();
	assert.deepEqual(ids(one), [made3[1].sandboxId]);
	assert.equal(one[0].metadata['a b'], 'c&d');
	assert.equal((await e2b.Sandbox.list({ query: { metadata: { suite, n: '9' } } }).nextItems()).length, 0);
	// a template nobody used, a start after all of them
	assert.equal((await e2b.Sandbox.list({ query: { metadata: { suite }, template: 'nope' } }).nextItems()).length, 0);
	assert.equal((await e2b.Sandbox.list({ query: { metadata: { suite }, startedAfter: before } }).nextItems()).length, 3);
	assert.equal((await e2b.Sandbox.list({ query: { metadata: { suite }, startedAfter: new Date(Date.now() + 60000) } }).nextItems()).length, 0);
	for (const x of made3) await x.kill();
	assert.equal((await e2b.Sandbox.list({ query: { metadata: { suite } } }).nextItems()).length, 0);
});

test('getMetrics: the sandbox use over time, the last one measured now', async () => {
	const t0 = new Date(Date.now() - 1000);
	const sbx = await create();
	await sbx.commands.run('head -c 3145728 /dev/zero > big.bin; timeout 1 sh -c "while :; do :; done"; true');
	let list = await sbx.getMetrics();
	assert.ok(list.length >= 1);
	const m = list[list.length - 1];
	assert.ok(m.timestamp instanceof Date && Math.abs(m.timestamp - Date.now()) < 60_000);
	assert.ok(m.cpuCount >= 1, `cpuCount ${m.cpuCount}`);
	assert.ok(m.cpuUsedPct > 0 && m.cpuUsedPct <= 100, `cpuUsedPct ${m.cpuUsedPct}`);
	assert.ok(m.memUsed > 0 && m.memUsed < m.memTotal, `memUsed ${m.memUsed} of ${m.memTotal}`);
	assert.ok(m.diskUsed >= 3 << 20 && m.diskUsed < m.diskTotal, `diskUsed ${m.diskUsed}`);
	// sampled every 5 s while it runs: a range gives what is in it, oldest first
	await new Promise((ok) => setTimeout(ok, 6000));
	list = await sbx.getMetrics({ start: t0 });
	assert.ok(list.length >= 2, `${list.length} samples`);
	for (let i = 1; i < list.length; i++) assert.ok(list[i].timestamp > list[i - 1].timestamp);
	assert.equal((await sbx.getMetrics({ start: new Date(Date.now() + 60_000) })).length, 0);
	assert.equal((await sbx.getMetrics({ end: new Date(t0 - 60_000) })).length, 0);
	const ended = await Sandbox.create();
	await ended.kill();
	await assert.rejects(ended.getMetrics(), /not found/i);
});

test('pause: a paused sandbox does not run; connect resumes it', async () => {
	const sbx = await create();
	await sbx.commands.run('i=0; while :; do i=$((i+1)); echo $i > count.new; mv count.new count; sleep 0.05; done', {
		background: true,
	});
	await new Promise((r) => setTimeout(r, 500));
	assert.equal(await sbx.pause(), true);
	assert.equal(await sbx.pause(), false, 'paused already');
	assert.equal(await sbx.isRunning(), false);
	assert.equal((await sbx.getInfo()).state, 'paused');
	const paused = await Sandbox.list({ query: { state: ['paused'] } }).nextItems();
	assert.ok(paused.some((s) => s.sandboxId === sbx.sandboxId));
	await sbx.getMetrics();
	await new Promise((r) => setTimeout(r, 1000));
	const ms = await sbx.getMetrics(); // what was sampled, then now
	assert.equal(ms[ms.length - 1].cpuUsedPct, 0, 'no CPU at all while paused');
	const again = await Sandbox.connect(sbx.sandboxId);
	assert.equal(await again.isRunning(), true);
	const c1 = Number((await again.files.read('count')).trim());
	await new Promise((r) => setTimeout(r, 500));
	const c2 = Number((await again.files.read('count')).trim());
	assert.ok(c1 > 0 && c2 > c1, `it counts on: ${c1} -> ${c2}`);
	await again.kill();
	assert.equal(await again.isRunning(), false);
});

test("lifecycle onTimeout 'pause': paused at its timeout, connect resumes it", async () => {
	await assert.rejects(
		Sandbox.create({ lifecycle: { onTimeout: { action: 'pause', keepMemory: false } } }),
		/not supported|501/i
	);
	const sbx = await create({ lifecycle: { onTimeout: 'pause' } });
	await sbx.files.write('kept', 'still here');
	await sbx.commands.run('i=0; while :; do i=$((i+1)); echo $i > count.new; mv count.new count; sleep 0.05; done', {
		background: true,
	});
	await sbx.setTimeout(1000);
	let info;
	for (let i = 0; i < 100; i++) {
		info = await sbx.getInfo();
		if (info.state === 'paused') break;
		await new Promise((r) => setTimeout(r, 100));
	}
	assert.equal(info.state, 'paused', 'paused at its timeout, not ended');
	assert.deepEqual(info.lifecycle, { onTimeout: 'pause', autoResume: false });
	assert.equal(await sbx.isRunning(), false);
	const again = await Sandbox.connect(sbx.sandboxId, { timeoutMs: 60_000 });
	assert.equal(await again.isRunning(), true);
	const end = (await again.getInfo()).endAt;
	assert.ok(end - Date.now() > 30_000, `a new timeout: ends ${end.toISOString()}`);
	assert.equal(await again.files.read('kept'), 'still here');
	const c1 = Number((await again.files.read('count')).trim());
	await new Promise((r) => setTimeout(r, 500));
	const c2 = Number((await again.files.read('count')).trim());
	assert.ok(c1 > 0 && c2 > c1, `it counts on: ${c1} -> ${c2}`);
	await again.kill();
});

test("lifecycle autoResume: a paused sandbox wakes when used, not when looked at", async () => {
	const sbx = await create({ lifecycle: { onTimeout: 'pause', autoResume: true } });
	assert.deepEqual((await sbx.getInfo()).lifecycle, { onTimeout: 'pause', autoResume: true });
	await sbx.files.write('kept', 'still here');
	await sbx.commands.run('i=0; while :; do i=$((i+1)); echo $i > count.new; mv count.new count; sleep 0.05; done', {
		background: true,
	});
	await sbx.setTimeout(1000);
	let info;
	for (let i = 0; i < 100; i++) {
		info = await sbx.getInfo();
		if (info.state === 'paused') break;
		await new Promise((r) => setTimeout(r, 100));
	}
	assert.equal(info.state, 'paused', 'paused at its timeout');
	const paused = await Sandbox.list({ query: { state: ['paused'] } }).nextItems();
	assert.ok(paused.some((s) => s.sandboxId === sbx.sandboxId), 'listed as paused');
	await sbx.getMetrics();
	assert.equal((await sbx.getInfo()).state, 'paused', 'info, list and metrics do not wake it');
	// no connect: a command wakes it, with a new lifetime
	const r = await sbx.commands.run('cat kept');
	assert.equal(r.stdout, 'still here');
	info = await sbx.getInfo();
	assert.equal(info.state, 'running');
	const c1 = Number((await sbx.files.read('count')).trim());
	await new Promise((r) => setTimeout(r, 500));
	const c2 = Number((await sbx.files.read('count')).trim());
	assert.ok(c1 > 0 && c2 > c1, `it counts on: ${c1} -> ${c2}`);
	// paused by a call, a cell wakes it too
	await sbx.setTimeout(60_000);
	assert.equal(await sbx.pause(), true);
	assert.equal((await sbx.getInfo()).state, 'paused');
	const ex = await sbx.runCode('1 + 1');
	assert.equal(ex.text, '2');
	assert.equal((await sbx.getInfo()).state, 'running');
});

test('output streams: the client answers what a running cell and command printed', async () => {
	const sbx = await create();
	// each waits for a file the client writes only once it has seen the
	// first line: with an answer sent at the end, neither would see it
	const wait = (f) =>
		`import os, time\nprint("ready", flush=True)\n` +
		`for _ in range(400):\n    if os.path.exists("${f}"): break\n    time.sleep(0.05)\n` +
		`print("saw it" if os.path.exists("${f}") else "never came")`;
	let wrote;
	const ex = await sbx.runCode(wait('go1'), {
		onStdout: (m) => {
			if (m.line.startsWith('ready')) wrote = sbx.files.write('go1', 'x');
		},
	});
	await wrote;
	assert.deepEqual(ex.logs.stdout.join(''), 'ready\nsaw it\n');
	let wrote2;
	const r = await sbx.commands.run(
		'echo ready; for i in $(seq 400); do [ -e go2 ] && break; sleep 0.05; done; ' +
			'[ -e go2 ] && echo saw it || echo never came',
		{ onStdout: (d) => { if (d.startsWith('ready')) wrote2 = sbx.files.write('go2', 'x'); } }
	);
	await wrote2;
	assert.equal(r.stdout, 'ready\nsaw it\n');
});
