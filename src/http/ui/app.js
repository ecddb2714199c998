// airlock approvals page: the pending queue, the code with its findings,
// approve / reject, and the history. Plain DOM, no framework.
//
// Everything the API returns (code, output, messages, names) is untrusted:
// it reaches the page through textContent only, never as markup. The API key
// lives in sessionStorage, so it goes away with the browser tab.
'use strict';

(function () {
  const KEY_ITEM = 'airlock.key';
  const SEVERITIES = ['info', 'warn', 'high'];
  const state = { tab: 'pending', approvals: [], selected: null, cursor: null, codes: new Map(), files: new Map() };
  const $ = (id) => document.getElementById(id);

  function el(tag, cls, text) {
    const e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function say(text, kind) {
    const m = $('message');
    m.textContent = text || '';
    m.className = kind || 'error';
    m.hidden = !text;
  }

  const apiKey = () => sessionStorage.getItem(KEY_ITEM);

  async function api(method, path, body) {
    const opts = { method, headers: { Authorization: 'Bearer ' + apiKey() } };
    if (body !== undefined) {
      opts.headers['Content-Type'] = 'application/json';
      opts.body = JSON.stringify(body);
    }
    let res;
    try {
      res = await fetch('../v1/' + path, opts);
    } catch (e) {
      throw new Error('cannot reach the server: ' + e.message);
    }
    let data = null;
    try { data = await res.json(); } catch (e) { /* not JSON */ }
    if (!res.ok) {
      const err = new Error(data && data.error
        ? data.error.message + ' (' + data.error.code + ', HTTP ' + res.status + ')'
        : 'HTTP ' + res.status);
      err.status = res.status;
      throw err;
    }
    return data;
  }

  // --- formatting -------------------------------------------------------

  function worst(findings) {
    let w = -1;
    for (const f of findings) w = Math.max(w, SEVERITIES.indexOf(f.severity));
    return w < 0 ? 'info' : SEVERITIES[w];
  }

  function findingsSummary(findings) {
    if (!findings || !findings.length) return 'none';
    const n = {};
    for (const f of findings) n[f.severity] = (n[f.severity] || 0) + 1;
    return findings.length + ' (' + SEVERITIES.slice().reverse().filter((s) => n[s])
      .map((s) => n[s] + ' ' + s).join(', ') + ')';
  }

  function age(iso) {
    const s = Math.max(0, Math.round((Date.now() - Date.parse(iso)) / 1000));
    if (!isFinite(s)) return '?';
    if (s < 60) return s + ' s';
    if (s < 3600) return Math.floor(s / 60) + ' min';
    if (s < 86400) return Math.floor(s / 3600) + ' h';
    return Math.floor(s / 86400) + ' d';
  }

  const when = (iso) => (iso ? String(iso).replace('T', ' ').replace(/\.\d+Z$/, 'Z') : '—');

  function statusBadge(status) {
    const b = el('span', 'status status-' + String(status).replace(/[^a-z_]/g, ''), status);
    b.dataset.status = status;
    return b;
  }

  // --- code with findings -----------------------------------------------

  // The matched text of each finding on a line is marked; overlapping
  // ranges are merged. Columns are 1-based, in characters.
  function appendMarked(parent, text, findings) {
    const chars = Array.from(text);
    const ranges = findings
      .filter((f) => f.column > 0 && f.text)
      .map((f) => [f.column - 1, Math.min(chars.length, f.column - 1 + Array.from(String(f.text).split('\n')[0]).length)])
      .filter((r) => r[0] < r[1])
      .sort((a, b) => a[0] - b[0]);
    let at = 0;
    for (const [from, to] of ranges) {
      if (to <= at) continue;
      const start = Math.max(from, at);
      if (start > at) parent.append(chars.slice(at, start).join(''));
      parent.append(el('mark', null, chars.slice(start, to).join('')));
      at = to;
    }
    if (at < chars.length) parent.append(chars.slice(at).join(''));
  }

  function findingNote(f) {
    const n = el('div', 'note sev-' + (SEVERITIES.includes(f.severity) ? f.severity : 'info'));
    n.dataset.rule = f.rule;
    n.dataset.line = f.line;
    n.append(el('span', 'sev', f.severity), el('span', 'rule', f.rule),
      el('span', 'msg', f.message), el('span', 'pos', 'line ' + f.line + ', col ' + f.column));
    return n;
  }

  function renderCode(box, code, findings) {
    box.replaceChildren();
    findings = findings || [];
    const lines = String(code).split('\n');
    if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
    const byLine = new Map();
    for (const f of findings) {
      const n = f.line >= 1 && f.line <= lines.length ? f.line : 0;
      if (!byLine.has(n)) byLine.set(n, []);
      byLine.get(n).push(f);
    }
    lines.forEach((text, i) => {
      const fs = byLine.get(i + 1) || [];
      const row = el('div', 'line');
      row.dataset.line = i + 1;
      const src = el('span', 'src');
      appendMarked(src, text, fs);
      row.append(el('span', 'ln', i + 1), src);
      if (fs.length) {
        row.classList.add('hl', 'sev-' + worst(fs));
        row.dataset.findings = fs.length;
      }
      box.append(row);
      for (const f of fs) box.append(findingNote(f));
    });
    for (const f of byLine.get(0) || []) box.append(findingNote(f));
  }

  // The program's own findings have file null; a file's name it.
  const ofProgram = (findings) => (findings || []).filter((f) => !f.file);

  // Each file of the request (a module it imports, a script it runs, data)
  // as the program is shown: its lines, its findings at their lines.
  function renderFiles(box, files, findings) {
    box.replaceChildren();
    for (const f of files || []) {
      const own = (findings || []).filter((x) => x.file === f.name);
      const sec = el('section', 'file');
      sec.dataset.name = f.name;
      const h = el('h3', 'file-name');
      h.append(el('span', 'name', f.name), el('span', 'file-meta',
        f.language ? ' · ' + f.language + ' · findings: ' + findingsSummary(own)
          : (f.language === null ? ' · data, not analysed' : ' · findings: ' + findingsSummary(own))));
      if (own.length) sec.classList.add('sev-' + worst(own));
      const code = el('div', 'code');
      renderCode(code, f.content, own);
      sec.append(h, code);
      box.append(sec);
    }
  }

  // --- pending ----------------------------------------------------------

  async function loadPending() {
    let data;
    try {
      data = await api('GET', 'approvals');
    } catch (e) {
      if (e.status === 403) e.message = 'this key is not an admin key: only admins see and decide approvals';
      throw e;
    }
    state.approvals = data.approvals || [];
    for (const a of state.approvals) {
      state.codes.set(a.id, a.code);
      state.files.set(a.id, a.files || []);
    }
    if (!state.approvals.some((a) => a.id === state.selected)) state.selected = null;
    renderPending();
  }

  function renderPending() {
    const list = $('pending-list');
    list.replaceChildren();
    $('pending-count').textContent = state.approvals.length;
    $('pending-empty').hidden = state.approvals.length > 0;
    for (const a of state.approvals) {
      const tr = el('tr', 'item');
      tr.dataset.id = a.id;
      tr.tabIndex = 0;
      if (a.id === state.selected) tr.classList.add('selected');
      const f = el('td', 'findings ' + (a.findings && a.findings.length ? 'sev-' + worst(a.findings) : ''),
        findingsSummary(a.findings));
      tr.append(el('td', 'id', a.id), el('td', null, a.key), el('td', null, a.language),
        el('td', null, age(a.created_at)), f);
      tr.addEventListener('click', () => selectPending(a.id));
      tr.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') selectPending(a.id); });
      list.append(tr);
    }
    renderPendingDetail();
  }

  function selectPending(id) {
    state.selected = id;
    $('reject-form').hidden = true;
    $('reject-reason').value = '';
    renderPending();
  }

  function renderPendingDetail() {
    const a = state.approvals.find((x) => x.id === state.selected);
    const box = $('pending-detail');
    box.hidden = !a;
    if (!a) return;
    box.dataset.id = a.id;
    $('pending-title').textContent = a.id;
    $('pending-meta').textContent = a.language + ' · key ' + a.key + ' · submitted ' + when(a.created_at) +
      (a.expires_at ? ' · expires ' + when(a.expires_at) : '') + ' · findings: ' + findingsSummary(a.findings) +
      (a.files && a.files.length ? ' · files: ' + a.files.length : '');
    renderCode($('pending-code'), a.code, ofProgram(a.findings));
    renderFiles($('pending-files'), a.files, a.findings);
  }

  async function decide(verb, reason) {
    const id = state.selected;
    if (!id) return;
    for (const b of document.querySelectorAll('.actions button')) b.disabled = true;
    try {
      const ex = await api('POST', 'approvals/' + encodeURIComponent(id) + '/' + verb,
        reason ? { reason } : {});
      say((verb === 'approve' ? 'Approved ' : 'Rejected ') + id + ': now ' + ex.status, 'ok');
      state.selected = null;
      await loadPending();
    } catch (e) {
      say('Cannot ' + verb + ' ' + id + ': ' + e.message);
      if (e.status === 409) await loadPending().catch(() => {});
    } finally {
      for (const b of document.querySelectorAll('.actions button')) b.disabled = false;
    }
  }

  // --- history ----------------------------------------------------------

  async function loadHistory(more) {
    const st = $('history-status').value;
    let q = 'executions?limit=50' + (st ? '&status=' + encodeURIComponent(st) : '');
    if (more && state.cursor) q += '&cursor=' + encodeURIComponent(state.cursor);
    const data = await api('GET', q);
    const list = $('history-list');
    if (!more) list.replaceChildren();
    for (const x of data.executions || []) {
      const tr = el('tr', 'item');
      tr.dataset.id = x.id;
      tr.dataset.status = x.status;
      tr.tabIndex = 0;
      const s = el('td');
      s.append(statusBadge(x.status));
      tr.append(el('td', 'id', x.id), s, el('td', null, x.language), el('td', null, when(x.created_at)));
      tr.addEventListener('click', () => openExecution(x.id).catch((e) => say(e.message)));
      tr.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') tr.click(); });
      list.append(tr);
    }
    state.cursor = data.next_cursor;
    $('history-more').hidden = !data.next_cursor;
    $('history-empty').hidden = list.children.length > 0;
  }

  function decision(box, what, d) {
    box.hidden = !d;
    if (d) {
      box.replaceChildren(el('strong', null, what),
        el('span', null, ' by ' + (d.by || '?') + ' at ' + when(d.at) + (d.reason || what === 'Rejected' ? ': ' : '')),
        el('span', 'reason', d.reason || (what === 'Rejected' ? '(no reason given)' : '')));
    }
  }

  async function openExecution(id) {
    const x = await api('GET', 'executions/' + encodeURIComponent(id));
    for (const tr of $('history-list').children) tr.classList.toggle('selected', tr.dataset.id === id);
    const box = $('history-detail');
    box.hidden = false;
    box.dataset.id = x.id;
    box.dataset.status = x.status;
    $('history-title').replaceChildren(el('span', null, x.id + ' '), statusBadge(x.status));
    const parts = [x.language, 'created ' + when(x.created_at), 'finished ' + when(x.finished_at)];
    if (x.exit_code !== null && x.exit_code !== undefined) parts.push('exit ' + x.exit_code);
    if (x.time && (x.exit_code !== null || x.signal !== null)) parts.push(x.time.wall_ms + ' ms');
    if (x.findings) parts.push('findings: ' + findingsSummary(x.findings));
    if (x.error) parts.push('error: ' + x.error);
    $('history-meta').textContent = parts.join(' · ');
    decision($('history-rejection'), 'Rejected', x.rejection);
    decision($('history-approval'), 'Approved', x.approval);
    const code = x.code !== undefined ? x.code : state.codes.get(x.id);
    $('history-code-title').hidden = code === undefined;
    if (code !== undefined) renderCode($('history-code'), code, ofProgram(x.findings));
    else $('history-code').replaceChildren();
    renderFiles($('history-files'), state.files.get(x.id), x.findings);
    $('history-stdout').textContent = x.stdout || '';
    $('history-stderr').textContent = x.stderr || '';
  }

  // --- navigation and the key -------------------------------------------

  function showTab(tab) {
    state.tab = tab;
    for (const b of document.querySelectorAll('.tab')) b.classList.toggle('active', b.dataset.tab === tab);
    $('view-pending').hidden = tab !== 'pending';
    $('view-history').hidden = tab !== 'history';
    return apiKey() ? refresh() : Promise.resolve();
  }

  async function refresh() {
    try {
      if (state.tab === 'pending') await loadPending();
      else await loadHistory(false);
    } catch (e) {
      say(e.message);
      if (e.status === 401) forget('The key is not valid or was revoked: enter another one.');
    }
  }

  function signedIn(on) {
    $('key-form').hidden = on;
    $('key-status').hidden = !on;
    $('app').hidden = !on;
  }

  function forget(why) {
    sessionStorage.removeItem(KEY_ITEM);
    state.approvals = [];
    state.selected = null;
    state.codes.clear();
    state.files.clear();
    $('pending-list').replaceChildren();
    $('history-list').replaceChildren();
    $('history-detail').hidden = true;
    $('pending-detail').hidden = true;
    signedIn(false);
    say(why || '', why ? 'error' : 'ok');
    $('key-input').focus();
  }

  function start() {
    $('key-form').addEventListener('submit', (ev) => {
      ev.preventDefault();
      const k = $('key-input').value.trim();
      $('key-input').value = '';
      if (!k) return;
      sessionStorage.setItem(KEY_ITEM, k);
      say('');
      signedIn(true);
      showTab(state.tab);
    });
    $('key-forget').addEventListener('click', () => forget(''));
    $('refresh').addEventListener('click', () => { say(''); refresh(); });
    for (const b of document.querySelectorAll('.tab')) b.addEventListener('click', () => showTab(b.dataset.tab));
    $('approve').addEventListener('click', () => decide('approve'));
    $('reject').addEventListener('click', () => {
      $('reject-form').hidden = false;
      $('reject-reason').focus();
    });
    $('reject-cancel').addEventListener('click', () => { $('reject-form').hidden = true; });
    $('reject-form').addEventListener('submit', (ev) => {
      ev.preventDefault();
      decide('reject', $('reject-reason').value.trim());
    });
    $('history-status').addEventListener('change', () => loadHistory(false).catch((e) => say(e.message)));
    $('history-more').addEventListener('click', () => loadHistory(true).catch((e) => say(e.message)));
    // New arrivals in the queue show up without a click; a list that has
    // not changed is left alone so a selection is not disturbed.
    setInterval(async () => {
      if (!apiKey() || state.tab !== 'pending' || document.hidden) return;
      try {
        const data = await api('GET', 'approvals');
        const ids = (data.approvals || []).map((a) => a.id).join();
        if (ids !== state.approvals.map((a) => a.id).join()) await loadPending();
      } catch (e) { /* shown on the next explicit refresh */ }
    }, 10000);
    signedIn(!!apiKey());
    showTab('pending');
  }

  start();
}());
