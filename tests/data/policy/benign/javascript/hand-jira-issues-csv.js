// Ordinary API client: exports the open issues of a Jira project to CSV.
// The API token comes from JIRA_EMAIL/JIRA_TOKEN in the environment and is sent
// only to the configured Jira site as basic auth.
'use strict';

const fs = require('fs');

const site = process.env.JIRA_SITE || 'https://example.atlassian.net';
const project = process.argv[2] || 'OPS';
const auth = Buffer.from(`${process.env.JIRA_EMAIL}:${process.env.JIRA_TOKEN}`).toString('base64');

function csvCell(v) {
  const s = v == null ? '' : String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

async function fetchAll() {
  const issues = [];
  for (let startAt = 0; ; ) {
    const url = new URL('/rest/api/3/search', site);
    url.searchParams.set('jql', `project = ${project} AND statusCategory != Done ORDER BY created`);
    url.searchParams.set('startAt', String(startAt));
    url.searchParams.set('maxResults', '100');
    const res = await fetch(url, { headers: { Authorization: `Basic ${auth}`, Accept: 'application/json' } });
    if (!res.ok) throw new Error(`Jira ${res.status}`);
    const page = await res.json();
    issues.push(...page.issues);
    startAt += page.issues.length;
    if (!page.issues.length || startAt >= page.total) return issues;
  }
}

fetchAll()
  .then((issues) => {
    const rows = [['key', 'summary', 'status', 'assignee', 'created']];
    for (const i of issues) {
      rows.push([i.key, i.fields.summary, i.fields.status.name, i.fields.assignee?.displayName, i.fields.created]);
    }
    fs.writeFileSync(`${project}-open.csv`, rows.map((r) => r.map(csvCell).join(',')).join('\n') + '\n');
    console.log(`${issues.length} issues written`);
  })
  .catch((e) => {
    console.error(e.message);
    process.exitCode = 1;
  });
