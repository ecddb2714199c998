#!/usr/bin/env node
// Print a changelog between the two most recent tags of a git repository.
'use strict';

const { execFileSync } = require('child_process');
const path = require('path');

const repo = path.resolve(process.argv[2] || '.');

function git(...args) {
  return execFileSync('git', ['-C', repo, ...args], { encoding: 'utf8' }).trim();
}

function tags() {
  const out = git('tag', '--sort=-creatordate');
  return out ? out.split('\n') : [];
}

function commitsBetween(from, to) {
  const range = from ? `${from}..${to}` : to;
  const out = git('log', '--no-merges', '--pretty=format:%h%x09%an%x09%s', range);
  if (!out) return [];
  return out.split('\n').map((line) => {
    const [hash, author, subject] = line.split('\t');
    return { hash, author, subject };
  });
}

function section(subject) {
  const m = /^(\w+)(\(.+\))?:/.exec(subject);
  const kind = m ? m[1] : 'other';
  return { feat: 'Features', fix: 'Fixes', docs: 'Docs' }[kind] || 'Other';
}

function main() {
  const list = tags();
  if (list.length === 0) {
    console.error('no tags in', repo);
    process.exitCode = 1;
    return;
  }
  const [newest, previous] = list;
  const commits = commitsBetween(previous, newest);
  const bySection = {};
  for (const c of commits) {
    (bySection[section(c.subject)] ||= []).push(c);
  }
  console.log(`# ${newest}${previous ? ` (since ${previous})` : ''}\n`);
  for (const name of ['Features', 'Fixes', 'Docs', 'Other']) {
    if (!bySection[name]) continue;
    console.log(`## ${name}`);
    for (const c of bySection[name]) console.log(`- ${c.subject} (${c.hash}, ${c.author})`);
    console.log('');
  }
}

main();
