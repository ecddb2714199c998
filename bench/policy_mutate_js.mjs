// How well `airlock check` follows JavaScript values, measured by rewriting
// programs.
//
// Each JavaScript evasion of the corpus that reaches `high`
// (evasion/high.txt) is rewritten by one semantics-preserving transformation
// at a time -- the shapes an author uses to hide a value from an analysis:
// the program's code moved into a function (or an async arrow) called once,
// strings split, joined from characters, written as template literals or
// fetched from a table, a class's static field, an object's property or an
// identity function; member reads made computed (a.b -> a["b"]); require()
// results aliased or destructured; calls made through an identity function or
// an object. A rewritten program that no longer reaches `high` shows a way
// values are lost (listed with -v). Ordinary programs (benign/javascript) get
// the same rewrites: any that reaches `high` is a false positive the rewrite
// brought out.
//
//     node bench/policy_mutate_js.mjs [build/airlock] [-v] [-t NAME]
//     node bench/policy_mutate_js.mjs -p FILE [-t NAME]   (print the rewrites)
//
// A measuring tool, not a benchmark (bench/run.sh runs only executable
// scripts). Parses with acorn and prints with astring, installed on first use
// into ~/.cache/airlock/npm-policy-mutate (pinned versions below).
import { execFileSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ACORN_VERSION = '8.19.0';
const ASTRING_VERSION = '1.9.0';

const TOP = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const CORPUS = path.join(TOP, 'tests/data/policy');

function load() {
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  const prefix = path.join(base, 'airlock', 'npm-policy-mutate');
  const req = createRequire(path.join(prefix, 'package.json'));
  const have = () => {
    try {
      return req('acorn/package.json').version === ACORN_VERSION &&
        req('astring/package.json').version === ASTRING_VERSION;
    } catch {
      return false;
    }
  };
  if (!have()) {
    fs.mkdirSync(prefix, { recursive: true });
    try {
      execFileSync('npm', ['install', '--silent', '--no-audit', '--no-fund', '--no-save',
        '--fetch-retries=1', '--fetch-timeout=30000',
        '--prefix', prefix, `acorn@${ACORN_VERSION}`, `astring@${ASTRING_VERSION}`],
      { stdio: ['ignore', 'ignore', 'pipe'] });
    } catch {
      console.error('policy_mutate_js: npm could not install acorn and astring (no registry?)');
      process.exit(2);
    }
  }
  return { acorn: req('acorn'), astring: req('astring') };
}

const { acorn, astring } = load();

function parse(src) {
  const opts = { ecmaVersion: 'latest', allowHashBang: true, allowReturnOutsideFunction: true,
    allowAwaitOutsideFunction: true };
  try {
    return acorn.parse(src, { ...opts, sourceType: 'script' });
  } catch {
    return acorn.parse(src, { ...opts, sourceType: 'module' });
  }
}

// Every node with its parent and the key that holds it, depth first.
function walk(node, fn, parent = null, key = null) {
  if (!node || typeof node.type !== 'string') return;
  fn(node, parent, key);
  for (const k of Object.keys(node)) {
    if (k === 'type' || k === 'start' || k === 'end') continue;
    const v = node[k];
    if (Array.isArray(v)) {
      for (const c of v) if (c && typeof c.type === 'string') walk(c, fn, node, k);
    } else if (v && typeof v.type === 'string') {
      walk(v, fn, node, k);
    }
  }
}

// Replace nodes in place: fn returns a new node or undefined (after children).
function replace(node, fn) {
  for (const k of Object.keys(node)) {
    const v = node[k];
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) {
        if (v[i] && typeof v[i].type === 'string') {
          replace(v[i], fn);
          const r = fn(v[i], node, k);
          if (r) v[i] = r;
        }
      }
    } else if (v && typeof v.type === 'string') {
      replace(v, fn);
      const r = fn(v, node, k);
      if (r) node[k] = r;
    }
  }
  return node;
}

const lit = (value) => ({ type: 'Literal', value });
const id = (name) => ({ type: 'Identifier', name });
const member = (object, prop, computed = false) =>
  ({ type: 'MemberExpression', object, property: computed ? prop : id(prop), computed, optional: false });
const call = (callee, args) => ({ type: 'CallExpression', callee, arguments: args, optional: false });
const stmts = (src) => parse(src).body;

function isStringLit(n) {
  return n.type === 'Literal' && typeof n.value === 'string';
}

// The string literals an expression may replace: not directives, keys,
// import/export sources.
function strings(tree) {
  const out = [];
  walk(tree, (n, p, k) => {
    if (!isStringLit(n) || n.value.length < 2) return;
    if (p && p.type === 'ExpressionStatement' && p.directive !== undefined) return;
    if (k === 'key' && !p.computed) return;
    if (k === 'source' && p.type !== 'ImportExpression') return;
    if (p && (p.type === 'ImportSpecifier' || p.type === 'ExportSpecifier')) return;
    out.push(n);
  });
  return out;
}

function replaceStrings(tree, make) {
  const set = new Set(strings(tree));
  if (!set.size) return null;
  let i = 0;
  const index = new Map([...set].map((n) => [n, i++]));
  return replace(tree, (n) => (set.has(n) ? make(n, index.get(n)) : undefined));
}

// Index after the directive prologue.
function afterDirectives(body) {
  let i = 0;
  while (i < body.length && body[i].type === 'ExpressionStatement' && body[i].directive !== undefined) i++;
  return i;
}

function isRequireCall(n) {
  return n && n.type === 'CallExpression' && n.callee.type === 'Identifier' && n.callee.name === 'require';
}

function requireOf(init) {
  while (init && (init.type === 'MemberExpression' || init.type === 'AwaitExpression')) {
    init = init.type === 'MemberExpression' ? init.object : init.argument;
  }
  return isRequireCall(init);
}

// Index after the directives and the leading import/require lines.
function importsLast(body) {
  let i = afterDirectives(body);
  while (i < body.length) {
    const s = body[i];
    if (s.type === 'ImportDeclaration') { i++; continue; }
    if (s.type === 'VariableDeclaration' && s.declarations.every((d) => requireOf(d.init))) { i++; continue; }
    break;
  }
  return i;
}

function insertTop(tree, src) {
  const k = afterDirectives(tree.body);
  tree.body.splice(k, 0, ...stmts(src));
  return tree;
}

const FUNCTIONS = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

// Whether the statements use top-level await, `this` or export outside
// any function.
function topLevelUses(nodes) {
  const seen = { await: false, this: false, export: false };
  const visit = (n) => {
    if (!n || typeof n.type !== 'string') return;
    if (n.type === 'AwaitExpression' || (n.type === 'ForOfStatement' && n.await)) seen.await = true;
    if (n.type === 'ThisExpression') seen.this = true;
    if (n.type.startsWith('Export')) seen.export = true;
    if (FUNCTIONS.has(n.type) || n.type === 'ClassBody') {
      if (n.type === 'ArrowFunctionExpression') walkArrowThis(n, seen);
      return;
    }
    for (const k of Object.keys(n)) {
      const v = n[k];
      if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v.type === 'string') visit(v);
    }
  };
  nodes.forEach(visit);
  return seen;
}

function walkArrowThis(arrow, seen) {
  walk(arrow.body, (n) => { if (n.type === 'ThisExpression') seen.this = true; });
}

function wrap(tree, asyncArrow) {
  const body = tree.body;
  const k = importsLast(body);
  const rest = body.slice(k);
  if (!rest.length) return null;
  const uses = topLevelUses(rest);
  if (uses.export || uses.this || (uses.await && !asyncArrow)) return null;
  const block = { type: 'BlockStatement', body: rest };
  let tail;
  if (asyncArrow) {
    const fn = { type: 'ArrowFunctionExpression', id: null, params: [], body: block, async: true,
      generator: false, expression: false };
    tail = [{ type: 'ExpressionStatement', expression: call(fn, []) }];
  } else {
    tail = [{ type: 'FunctionDeclaration', id: id('_main'), params: [], body: block, async: false,
      generator: false }, ...stmts('_main();')];
  }
  tree.body = body.slice(0, k).concat(tail);
  return tree;
}

function t_wrap_main(tree) { return wrap(tree, false); }
function t_wrap_async(tree) { return wrap(tree, true); }

function t_split_strings(tree) {
  return replaceStrings(tree, (n) => {
    const k = n.value.length >> 1;
    return { type: 'BinaryExpression', operator: '+', left: lit(n.value.slice(0, k)), right: lit(n.value.slice(k)) };
  });
}

function t_join_chars(tree) {
  const cs = new Set(strings(tree).filter((n) => n.value.length <= 80));
  if (!cs.size) return null;
  return replace(tree, (n) => (cs.has(n)
    ? call(member({ type: 'ArrayExpression', elements: [...n.value].map(lit) }, 'join'), [lit('')])
    : undefined));
}

function rawOf(s) {
  return s.replace(/[\\`]/g, (c) => '\\' + c).replace(/\$\{/g, '\\${').replace(/\r/g, '\\r');
}

function t_template_strings(tree) {
  return replaceStrings(tree, (n) => {
    const k = n.value.length >> 1;
    const tail = n.value.slice(k);
    return { type: 'TemplateLiteral', expressions: [lit(n.value.slice(0, k))],
      quasis: [{ type: 'TemplateElement', value: { raw: '', cooked: '' }, tail: false },
        { type: 'TemplateElement', value: { raw: rawOf(tail), cooked: tail }, tail: true }] };
  });
}

function tableOf(tree, decl, ref) {
  const values = strings(tree).map((n) => n.value);
  if (!replaceStrings(tree, (n, i) => ref(i))) return null;
  return insertTop(tree, decl(values));
}

function t_const_table(tree) {
  return tableOf(tree, (v) => `const _K = ${JSON.stringify(v)};`,
    (i) => member(id('_K'), lit(i), true));
}

function t_class_static(tree) {
  return tableOf(tree,
    (v) => `class _C {\n${v.map((s, i) => `  static k${i} = ${JSON.stringify(s)};`).join('\n')}\n}`,
    (i) => member(id('_C'), `k${i}`));
}

function t_object_prop(tree) {
  return tableOf(tree,
    (v) => `const _O = {\n${v.map((s, i) => `  k${i}: ${JSON.stringify(s)},`).join('\n')}\n};`,
    (i) => member(id('_O'), `k${i}`));
}

function t_identity_strings(tree) {
  if (!replaceStrings(tree, (n) => call(id('_s'), [lit(n.value)]))) return null;
  return insertTop(tree, 'function _s(x) {\n  return x;\n}');
}

function t_computed_members(tree) {
  let n = 0;
  walk(tree, (m) => {
    if (m.type === 'MemberExpression' && !m.computed && m.property.type === 'Identifier') {
      m.property = lit(m.property.name);
      m.computed = true;
      n++;
    }
  });
  return n ? tree : null;
}

// Names bound anywhere in the program, with how many times.
function bindings(tree) {
  const count = new Map();
  const add = (name) => count.set(name, (count.get(name) || 0) + 1);
  const pattern = (p) => {
    if (!p) return;
    switch (p.type) {
      case 'Identifier': add(p.name); break;
      case 'ObjectPattern': p.properties.forEach((q) => pattern(q.type === 'RestElement' ? q.argument : q.value)); break;
      case 'ArrayPattern': p.elements.forEach(pattern); break;
      case 'RestElement': pattern(p.argument); break;
      case 'AssignmentPattern': pattern(p.left); break;
    }
  };
  walk(tree, (n) => {
    if (n.type === 'VariableDeclarator') pattern(n.id);
    if (FUNCTIONS.has(n.type)) { if (n.id) pattern(n.id); n.params.forEach(pattern); }
    if ((n.type === 'ClassDeclaration' || n.type === 'ClassExpression') && n.id) pattern(n.id);
    if (n.type === 'CatchClause') pattern(n.param);
    if (n.type.startsWith('Import') && n.type.endsWith('Specifier')) pattern(n.local);
  });
  return count;
}

// Whether the identifier at parent[key] reads a variable.
function isReference(p, k) {
  if (!p) return false;
  if (p.type === 'MemberExpression' && k === 'property' && !p.computed) return false;
  if ((p.type === 'Property' || p.type === 'MethodDefinition' || p.type === 'PropertyDefinition') &&
      k === 'key' && !p.computed) return false;
  if (p.type === 'VariableDeclarator' && k === 'id') return false;
  if (FUNCTIONS.has(p.type) && (k === 'id' || k === 'params')) return false;
  if ((p.type === 'ClassDeclaration' || p.type === 'ClassExpression') && k === 'id') return false;
  if (p.type === 'CatchClause' && k === 'param') return false;
  if (p.type.startsWith('Import') || p.type.startsWith('Export')) return false;
  if (['LabeledStatement', 'BreakStatement', 'ContinueStatement'].includes(p.type)) return false;
  if (p.type === 'MetaProperty') return false;
  return true;
}

// Top-level names bound by require() or import, each bound once.
function moduleNames(tree) {
  const count = bindings(tree);
  const names = [];
  const pattern = (p) => {
    if (p.type === 'Identifier') names.push(p.name);
    else if (p.type === 'ObjectPattern') p.properties.forEach((q) => q.type === 'Property' && pattern(q.value));
  };
  for (const s of tree.body.slice(0, importsLast(tree.body))) {
    if (s.type === 'ImportDeclaration') s.specifiers.forEach((sp) => names.push(sp.local.name));
    else if (s.type === 'VariableDeclaration') s.declarations.forEach((d) => pattern(d.id));
  }
  return names.filter((n) => count.get(n) === 1);
}

function renameReads(tree, map, skipDecl) {
  let n = 0;
  replace(tree, (node, p, k) => {
    if (node.type !== 'Identifier' || !map.has(node.name) || node === skipDecl) return undefined;
    if (p.type === 'Property' && p.shorthand && k === 'value') {
      // {x} keeps its key: {x: _x}
      p.shorthand = false;
      p.key = id(node.name);
      n++;
      return id(map.get(node.name));
    }
    if (!isReference(p, k)) return undefined;
    if (p.type === 'AssignmentExpression' && k === 'left') return undefined;
    if (p.type === 'UpdateExpression') return undefined;
    n++;
    return id(map.get(node.name));
  });
  return n;
}

function t_alias_requires(tree) {
  const names = moduleNames(tree);
  if (!names.length) return null;
  const map = new Map(names.map((n) => [n, '_a_' + n]));
  const k = importsLast(tree.body);
  const head = tree.body.slice(0, k);
  const rest = { type: 'Program', body: tree.body.slice(k) };
  if (!renameReads(rest, map)) return null;
  tree.body = head.concat(stmts(names.map((n) => `const _a_${n} = ${n};`).join('\n')), rest.body);
  return tree;
}

// const X = require("m") whose every use is X.p: const {p: X$p} = require("m").
function t_destructure_requires(tree) {
  const count = bindings(tree);
  let done = 0;
  for (const s of tree.body.slice(0, importsLast(tree.body))) {
    if (s.type !== 'VariableDeclaration') continue;
    for (const d of s.declarations) {
      if (d.id.type !== 'Identifier' || !isRequireCall(d.init) || count.get(d.id.name) !== 1) continue;
      const name = d.id.name;
      const props = new Set();
      let ok = true;
      walk(tree, (n, p, k) => {
        if (n.type !== 'Identifier' || n.name !== name || n === d.id) return;
        if (p.type === 'MemberExpression' && k === 'object' && !p.computed) {
          props.add(p.property.name);
          return;
        }
        if (isReference(p, k) || (p.type === 'Property' && p.shorthand)) ok = false;
      });
      // writes to X.p stay on the module object
      walk(tree, (n) => {
        const target = n.type === 'AssignmentExpression' ? n.left : n.type === 'UpdateExpression' ? n.argument : null;
        if (target && target.type === 'MemberExpression' && target.object.type === 'Identifier' &&
            target.object.name === name) ok = false;
      });
      if (!ok || !props.size) continue;
      replace(tree, (n) => (n.type === 'MemberExpression' && !n.computed && n.object.type === 'Identifier' &&
        n.object.name === name ? id(`${name}$${n.property.name}`) : undefined));
      d.id = { type: 'ObjectPattern', properties: [...props].map((p) => ({ type: 'Property', key: id(p),
        value: id(`${name}$${p}`), kind: 'init', method: false, shorthand: false, computed: false })) };
      done++;
    }
  }
  return done ? tree : null;
}

// Callees that change meaning when called another way.
const KEEP = new Set(['_id', 'eval', 'super']);

function callVia(tree, how) {
  let n = 0;
  replace(tree, (c) => {
    if (c.type !== 'CallExpression' || c.optional) return undefined;
    const f = c.callee;
    if (f.type === 'Identifier' && !KEEP.has(f.name)) {
      n++;
      c.callee = how === 'identity' ? call(id('_id'), [f])
        : member({ type: 'ObjectExpression', properties: [{ type: 'Property', key: id('f'), value: f,
          kind: 'init', method: false, shorthand: false, computed: false }] }, 'f');
      return undefined;
    }
    // obj.m(x) -> via(obj.m).call(obj, x): `this` stays obj
    if (f.type === 'MemberExpression' && !f.optional && f.object.type === 'Identifier') {
      n++;
      const got = how === 'identity' ? call(id('_id'), [f])
        : member({ type: 'ObjectExpression', properties: [{ type: 'Property', key: id('f'), value: f,
          kind: 'init', method: false, shorthand: false, computed: false }] }, 'f');
      return call(member(got, 'call'), [id(f.object.name), ...c.arguments]);
    }
    return undefined;
  });
  return n;
}

function t_call_identity(tree) {
  if (!callVia(tree, 'identity')) return null;
  return insertTop(tree, 'function _id(f) {\n  return f;\n}');
}

function t_call_object(tree) {
  return callVia(tree, 'object') ? tree : null;
}

const TRANSFORMS = [
  ['wrap_main', t_wrap_main],
  ['wrap_async', t_wrap_async],
  ['split_strings', t_split_strings],
  ['join_chars', t_join_chars],
  ['template_strings', t_template_strings],
  ['const_table', t_const_table],
  ['class_static', t_class_static],
  ['object_prop', t_object_prop],
  ['identity_strings', t_identity_strings],
  ['computed_members', t_computed_members],
  ['alias_requires', t_alias_requires],
  ['destructure_req', t_destructure_requires],
  ['call_identity', t_call_identity],
  ['call_object', t_call_object],
];

function rewrite(src, fn) {
  const out = fn(parse(src));
  if (!out) return null;
  const text = astring.generate(out) + '\n';
  parse(text); // the rewrite must still be a program
  return text;
}

function severity(airlock, text) {
  return new Promise((resolve, reject) => {
    const p = spawn(airlock, ['check', '--lang', 'javascript', '--fail-on', 'high', '-'],
      { stdio: ['pipe', 'ignore', 'ignore'] });
    p.on('error', reject);
    p.on('close', (code) => {
      if (code !== 0 && code !== 1) reject(new Error(`policy_mutate_js: airlock check exited ${code}`));
      else resolve(code === 1);
    });
    p.stdin.on('error', () => {});
    p.stdin.end(text);
  });
}

async function main() {
  let args = process.argv.slice(2);
  const verbose = args.includes('-v');
  let only = null;
  const t = args.indexOf('-t');
  if (t >= 0) {
    only = args[t + 1];
    args.splice(t, 2);
  }
  args = args.filter((a) => a !== '-v');
  const show = args.indexOf('-p');
  if (show >= 0) {
    // -p FILE: print FILE as each transformation (or -t NAME) rewrites it
    const src = fs.readFileSync(args[show + 1], 'utf8');
    for (const [name, fn] of TRANSFORMS.filter(([n]) => only === null || n === only)) {
      console.log(`// ${name}\n${rewrite(src, fn) ?? '// (no rewrite)\n'}`);
    }
    return;
  }
  const airlock = args[0] || path.join(TOP, 'build/airlock');
  const high = fs.readFileSync(path.join(CORPUS, 'evasion/high.txt'), 'utf8').split('\n')
    .map((l) => l.trim()).filter((l) => l.startsWith('javascript/'));
  const evasions = high.map((h) => path.join(CORPUS, 'evasion', h));
  const bdir = path.join(CORPUS, 'benign/javascript');
  const benign = fs.readdirSync(bdir).filter((f) => f.endsWith('.js')).sort().map((f) => path.join(bdir, f));
  const transforms = TRANSFORMS.filter(([n]) => only === null || n === only);
  if (!transforms.length) throw new Error(`policy_mutate_js: no transformation ${only}`);

  const items = [];
  for (const [name, fn] of transforms) {
    for (const p of evasions) items.push({ name, fn, p, kind: 'evasion' });
    for (const p of benign) items.push({ name, fn, p, kind: 'benign' });
  }
  const sources = new Map();
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const it = items[next++];
      if (!sources.has(it.p)) sources.set(it.p, fs.readFileSync(it.p, 'utf8'));
      let text = null;
      try {
        text = rewrite(sources.get(it.p), it.fn);
      } catch {
        text = null;
      }
      it.high = text === null ? null : await severity(airlock, text);
    }
  };
  await Promise.all(Array.from({ length: os.cpus().length || 2 }, worker));

  console.log('policy under rewriting (javascript): evasions that reach high kept at high;' +
    ' ordinary programs brought to high');
  let totalKept = 0; let total = 0; let fp = 0;
  const rel = (p) => path.relative(CORPUS, p);
  for (const [name] of transforms) {
    const ev = items.filter((r) => r.name === name && r.kind === 'evasion' && r.high !== null);
    const bn = items.filter((r) => r.name === name && r.kind === 'benign' && r.high !== null);
    const kept = ev.filter((r) => r.high).length;
    const fps = bn.filter((r) => r.high);
    totalKept += kept; total += ev.length; fp += fps.length;
    const pct = ev.length ? (100 * kept / ev.length).toFixed(1) : '0.0';
    console.log(`  ${name.padEnd(17)} evasions ${String(kept).padStart(3)}/${String(ev.length).padStart(3)}` +
      ` (${pct.padStart(5)}%)  ordinary at high ${fps.length}/${bn.length}`);
    if (verbose) {
      for (const r of ev) if (!r.high) console.log('      lost: ' + rel(r.p));
      for (const r of fps) console.log('      false positive: ' + rel(r.p));
    }
  }
  const pct = total ? (100 * totalKept / total).toFixed(1) : '0.0';
  console.log(`  all rewrites: evasions kept at high ${totalKept}/${total} (${pct}%),` +
    ` ordinary programs at high ${fp}`);
}

main().catch((e) => {
  console.error(e.message);
  process.exit(2);
});
