#!/usr/bin/env node
// Summarise who committed what in a repository over a period, as JSON.
// Usage: node hand-git-shortlog-json.js [repo-dir] [--since 90.days] [--out report.json]
'use strict';
const { execFileSync } = require('child_process');
const fs = require('fs');
const path = require('path');

function parseArgs(argv) {
  const opts = { repo: '.', since: '90.days', out: null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--since') opts.since = argv[++i];
    else if (a === '--out') opts.out = argv[++i];
    else opts.repo = a;
  }
  return opts;
}

function gitLog(repo, since) {
  const fmt = '%x1e%H%x1f%an%x1f%ae%x1f%ad';
  const raw = execFileSync(
    'git',
    ['-C', repo, 'log', `--since=${since}`, `--pretty=format:${fmt}`, '--date=short', '--shortstat'],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  const commits = [];
  for (const chunk of raw.split('\x1e')) {
    const text = chunk.trim();
    if (!text) continue;
    const [head, ...rest] = text.split('\n');
    const [hash, name, email, date] = head.split('\x1f');
    const stat = rest.join(' ');
    const ins = Number((stat.match(/(\d+) insertion/) || [0, 0])[1]);
    const del = Number((stat.match(/(\d+) deletion/) || [0, 0])[1]);
    commits.push({ hash, name, email, date, ins, del });
  }
  return commits;
}

function summarise(commits) {
  const byAuthor = new Map();
  for (const c of commits) {
    const key = c.email.toLowerCase();
    const cur = byAuthor.get(key) || { name: c.name, email: key, commits: 0, ins: 0, del: 0, first: c.date, last: c.date };
    cur.commits += 1;
    cur.ins += c.ins;
    cur.del += c.del;
    if (c.date < cur.first) cur.first = c.date;
    if (c.date > cur.last) cur.last = c.date;
    byAuthor.set(key, cur);
  }
  return [...byAuthor.values()].sort((a, b) => b.commits - a.commits);
}

const opts = parseArgs(process.argv.slice(2));
const repo = path.resolve(opts.repo);
const authors = summarise(gitLog(repo, opts.since));
const report = { repo, since: opts.since, generated: new Date().toISOString(), authors };
const json = JSON.stringify(report, null, 2);
if (opts.out) {
  fs.writeFileSync(opts.out, json + '\n');
  console.log(`wrote ${authors.length} authors to ${opts.out}`);
} else {
  console.log(json);
}
