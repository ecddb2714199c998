#!/usr/bin/env node
// A tiny JSON todo API on 127.0.0.1 for local testing; data kept in memory,
// optionally saved to a file on shutdown.
'use strict';
const http = require('http');
const fs = require('fs');

const PORT = Number(process.env.PORT || 3456);
const SAVE = process.env.TODO_SAVE_FILE || '';
const todos = new Map();
let nextId = 1;

if (SAVE && fs.existsSync(SAVE)) {
  for (const t of JSON.parse(fs.readFileSync(SAVE, 'utf8'))) {
    todos.set(t.id, t);
    nextId = Math.max(nextId, t.id + 1);
  }
}

function send(res, code, body) {
  const data = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(code, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(data) });
  res.end(data);
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks = [];
    req.on('data', (c) => {
      size += c.length;
      if (size > 64 * 1024) reject(new Error('body too large'));
      else chunks.push(c);
    });
    req.on('end', () => {
      try { resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {}); }
      catch (e) { reject(e); }
    });
  });
}

const routes = {
  'GET /todos': async () => [200, [...todos.values()]],
  'POST /todos': async (req) => {
    const { title } = await readBody(req);
    if (typeof title !== 'string' || !title.trim()) return [400, { error: 'title required' }];
    const todo = { id: nextId++, title: title.trim(), done: false };
    todos.set(todo.id, todo);
    return [201, todo];
  },
  'PATCH /todos/:id': async (req, id) => {
    const todo = todos.get(id);
    if (!todo) return [404, { error: 'not found' }];
    Object.assign(todo, { done: Boolean((await readBody(req)).done) });
    return [200, todo];
  },
  'DELETE /todos/:id': async (_req, id) => (todos.delete(id) ? [204] : [404, { error: 'not found' }]),
};

const server = http.createServer(async (req, res) => {
  const m = req.url.match(/^\/todos\/(\d+)$/);
  const key = `${req.method} ${m ? '/todos/:id' : req.url}`;
  const handler = routes[key];
  if (!handler) return send(res, 404, { error: 'no route' });
  try {
    const [code, body] = await handler(req, m ? Number(m[1]) : undefined);
    send(res, code, body);
  } catch (err) {
    send(res, 400, { error: err.message });
  }
});

server.listen(PORT, '127.0.0.1', () => console.log(`todo api on http://127.0.0.1:${PORT}`));

process.on('SIGINT', () => {
  if (SAVE) fs.writeFileSync(SAVE, JSON.stringify([...todos.values()], null, 2));
  server.close(() => process.exit(0));
});
