/**
 * The script the preview server adds to every page it serves (never to the
 * files on disk): it listens for rebuilds, reloads the page when files
 * changed, and shows the check results of the page's pair in an overlay —
 * `file:line:col message (rule)` — with the site's broken files on top.
 * Plain ES2017 and DOM only; text goes in through textContent, never HTML.
 */

export const CLIENT_PATH = '/__pairpress/client.js';
export const EVENTS_PATH = '/__pairpress/events';
export const REPORT_PATH = '/__pairpress/diagnostics';

/** The tag injected before `</body>`; `data-build` says which build the page came from. */
export function clientTag(build: number): string {
  return `<script src="${CLIENT_PATH}" data-build="${build}" defer></script>`;
}

export const CLIENT_SCRIPT = `(function () {
  'use strict';
  var script = document.currentScript;
  var pageBuild = Number(script && script.getAttribute('data-build')) || 0;
  var KEY = 'pairpress-overlay-closed';
  var host = document.createElement('pairpress-overlay');
  host.id = 'pairpress-overlay';
  var root = host.attachShadow({ mode: 'open' });
  var style = document.createElement('style');
  style.textContent = ${JSON.stringify(overlayCss())};
  var panel = document.createElement('section');
  panel.setAttribute('aria-label', 'pairpress check results');
  root.appendChild(style);
  root.appendChild(panel);
  document.documentElement.appendChild(host);

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function item(d) {
    var li = el('li', d.severity);
    li.setAttribute('data-rule', d.rule);
    li.appendChild(el('code', 'place', d.file + ':' + d.line + ':' + d.column));
    li.appendChild(document.createTextNode(' '));
    li.appendChild(el('span', 'message', d.message));
    li.appendChild(document.createTextNode(' '));
    li.appendChild(el('span', 'rule', '(' + d.rule + ')'));
    return li;
  }

  function list(title, items, className) {
    var box = el('div', className);
    box.appendChild(el('h2', '', title));
    var ul = el('ul');
    items.forEach(function (d) { ul.appendChild(item(d)); });
    box.appendChild(ul);
    return box;
  }

  function render(data) {
    var mine = data.diagnostics;
    var errors = mine.filter(function (d) { return d.severity === 'error'; }).length;
    var broken = data.status !== 'ok';
    var signature = data.status + '|' + mine.concat(data.site).map(function (d) { return d.rule + d.file + d.line + d.column; }).join(',');
    var closed = sessionStorage.getItem(KEY) === signature;
    var open = !closed && (broken || mine.length > 0 || data.site.some(function (d) { return d.severity === 'error'; }));
    host.setAttribute('data-status', data.status);
    host.setAttribute('data-count', String(mine.length));
    panel.className = 'panel ' + (open ? 'open' : 'closed') + (broken ? ' broken' : errors ? ' has-errors' : mine.length ? ' has-warnings' : ' clean');
    panel.textContent = '';

    var badge = el('button', 'badge');
    badge.type = 'button';
    badge.setAttribute('aria-expanded', String(open));
    badge.textContent = 'pairpress ' + (broken ? '\\u2716 build kept' : mine.length ? '\\u2716 ' + errors + ' \\u26A0 ' + (mine.length - errors) : '\\u2714');
    badge.addEventListener('click', function () {
      if (open) sessionStorage.setItem(KEY, signature); else sessionStorage.removeItem(KEY);
      render(data);
    });
    panel.appendChild(badge);
    if (!open) return;

    var body = el('div', 'body');
    if (data.status === 'failed') {
      body.appendChild(el('p', 'banner', 'The site could not be built: ' + data.error + ' \\u2014 the page shows the last good build.'));
    } else if (data.status === 'broken') {
      body.appendChild(el('p', 'banner', 'A file could not be read; nothing was written. The page shows the last good build.'));
    }
    var broken_ = data.site.filter(function (d) { return d.severity === 'error'; });
    var others = data.site.filter(function (d) { return d.severity !== 'error'; });
    if (broken_.length) body.appendChild(list('Site errors', broken_, 'site'));
    if (data.page) {
      body.appendChild(mine.length
        ? list('This page (' + data.page.files.join(', ') + ')', mine, 'page')
        : el('p', 'ok', 'No findings for ' + data.page.files.join(' and ') + '.'));
    }
    if (others.length) body.appendChild(list('Site warnings', others, 'site'));
    var footer = el('p', 'footer');
    var link = el('a', '', 'Review page');
    link.href = data.review;
    footer.appendChild(link);
    footer.appendChild(document.createTextNode(' \\u00B7 whole site: ' + count(data.errors, 'error') + ', ' + count(data.warnings, 'warning') + ' \\u00B7 build ' + data.build));
    body.appendChild(footer);
    panel.appendChild(body);
  }

  function count(n, noun) {
    return n + ' ' + noun + (n === 1 ? '' : 's');
  }

  function refresh() {
    return fetch(${JSON.stringify(REPORT_PATH)} + '?page=' + encodeURIComponent(location.pathname), { cache: 'no-store' })
      .then(function (res) { return res.json(); })
      .then(render)
      .catch(function () { /* the server is restarting; the next event refreshes */ });
  }

  var events = new EventSource(${JSON.stringify(EVENTS_PATH)});
  events.addEventListener('hello', function (e) {
    var info = JSON.parse(e.data);
    if (pageBuild && info.lastWrite > pageBuild) location.reload(); else refresh();
  });
  events.addEventListener('reload', function () { location.reload(); });
  events.addEventListener('update', refresh);
})();
`;

function overlayCss(): string {
  return `
:host { all: initial; }
.panel { position: fixed; right: 12px; bottom: 12px; z-index: 2147483647; max-width: min(44rem, calc(100vw - 24px));
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans KR", sans-serif; color: #1d1f21; }
.badge { display: block; margin-left: auto; border: 0; border-radius: 999px; padding: 6px 12px; font: inherit; font-weight: 600;
  cursor: pointer; color: #fff; background: #2e7d32; box-shadow: 0 2px 8px rgba(0,0,0,.25); }
.has-errors .badge, .broken .badge { background: #c62828; }
.has-warnings .badge { background: #a66b00; }
.body { margin-top: 8px; max-height: 60vh; overflow: auto; background: #fff; border: 1px solid #d9dce0; border-radius: 8px;
  padding: 8px 12px; box-shadow: 0 4px 16px rgba(0,0,0,.2); }
h2 { font-size: 13px; margin: 8px 0 4px; }
ul { margin: 0; padding: 0; list-style: none; }
li { padding: 3px 0 3px 8px; border-left: 3px solid #a66b00; margin: 2px 0; word-break: keep-all; overflow-wrap: anywhere; }
li.error { border-left-color: #c62828; }
.place { font: 12px ui-monospace, Menlo, Consolas, monospace; color: #0b57b0; }
.rule { color: #5a5f66; }
.banner { margin: 0 0 6px; padding: 6px 8px; background: #ffebee; color: #8e0000; border-radius: 4px; }
.ok { color: #2e7d32; margin: 4px 0; }
.footer { margin: 8px 0 0; color: #5a5f66; }
.footer a { color: #0b57b0; }
`;
}
