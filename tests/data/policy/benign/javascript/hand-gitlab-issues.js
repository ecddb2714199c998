#!/usr/bin/env node
// List open issues of a GitLab project, grouped by label.
// Usage: GITLAB_TOKEN=... node hand-gitlab-issues.js group/project
'use strict';

const BASE = process.env.GITLAB_URL || 'https://gitlab.com/api/v4';
const token = process.env.GITLAB_TOKEN;

if (!token) {
  console.error('GITLAB_TOKEN is not set');
  process.exit(2);
}

const project = process.argv[2];
if (!project) {
  console.error('usage: hand-gitlab-issues.js <group/project>');
  process.exit(2);
}

async function getPage(page) {
  const url = `${BASE}/projects/${encodeURIComponent(project)}/issues?state=opened&per_page=100&page=${page}`;
  const res = await fetch(url, { headers: { 'PRIVATE-TOKEN': token, Accept: 'application/json' } });
  if (!res.ok) {
    throw new Error(`GitLab answered ${res.status} for page ${page}`);
  }
  const next = res.headers.get('x-next-page');
  return { items: await res.json(), next: next ? Number(next) : null };
}

async function allIssues() {
  const out = [];
  let page = 1;
  while (page) {
    const { items, next } = await getPage(page);
    out.push(...items);
    page = next;
  }
  return out;
}

function groupByLabel(issues) {
  const groups = new Map();
  for (const issue of issues) {
    const labels = issue.labels.length ? issue.labels : ['(none)'];
    for (const label of labels) {
      if (!groups.has(label)) groups.set(label, []);
      groups.get(label).push(issue);
    }
  }
  return [...groups.entries()].sort((a, b) => b[1].length - a[1].length);
}

allIssues()
  .then((issues) => {
    console.log(`${issues.length} open issues in ${project}`);
    for (const [label, list] of groupByLabel(issues)) {
      console.log(`\n${label} (${list.length})`);
      for (const i of list.slice(0, 5)) console.log(`  #${i.iid} ${i.title}`);
    }
  })
  .catch((err) => {
    console.error(err.message);
    process.exit(1);
  });
