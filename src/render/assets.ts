/**
 * The site's one stylesheet, written to `assets/style.css` and inlined in
 * standalone pages. System fonts only (nothing is fetched from a network);
 * Korean wraps between words (`keep-all`), not inside them.
 */

export const STYLESHEET_PATH = 'assets/style.css';

export const STYLESHEET = `/* pairpress */
:root {
  color-scheme: light dark;
  --text: #1d1f21;
  --muted: #5a5f66;
  --accent: #0b57b0;
  --accent-visited: #6a3fb0;
  --rule: #d9dce0;
  --surface: #f5f6f8;
  --background: #ffffff;
  --measure: 40rem;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial,
    "Apple SD Gothic Neo", "Noto Sans KR", "Malgun Gothic", "맑은 고딕", sans-serif;
  --sans-ko: "Apple SD Gothic Neo", "Noto Sans KR", "Noto Sans CJK KR", "Malgun Gothic", "맑은 고딕",
    system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --mono: ui-monospace, SFMono-Regular, Menlo, Consolas, "D2Coding", monospace;
}

@media (prefers-color-scheme: dark) {
  :root {
    --text: #e6e8eb;
    --muted: #a3a9b1;
    --accent: #8cb8ff;
    --accent-visited: #c3a6ff;
    --rule: #3a3f45;
    --surface: #1f2328;
    --background: #131518;
  }
}

*, *::before, *::after { box-sizing: border-box; }

html {
  -webkit-text-size-adjust: 100%;
  text-size-adjust: 100%;
}

body {
  margin: 0;
  background: var(--background);
  color: var(--text);
  font-family: var(--sans);
  font-size: 1.0625rem;
  line-height: 1.7;
  overflow-wrap: break-word;
}

:lang(ko) {
  word-break: keep-all;
  overflow-wrap: anywhere;
  line-break: strict;
}

/* Korean fonts where the text is Korean; code keeps its monospace font (set on the element, not inherited) */
body:lang(ko), [lang|="ko"] { font-family: var(--sans-ko); line-height: 1.8; }

.site-header, main, .site-footer {
  width: 100%;
  max-width: calc(var(--measure) + 2.5rem);
  margin: 0 auto;
  padding: 0 1.25rem;
}

.site-header {
  display: flex;
  flex-wrap: wrap;
  align-items: baseline;
  justify-content: space-between;
  gap: 0.5rem 1.5rem;
  padding-top: 1rem;
  padding-bottom: 0.75rem;
  border-bottom: 1px solid var(--rule);
}

.site-title { margin: 0; font-weight: 700; font-size: 1.125rem; }
.site-title a { color: var(--text); text-decoration: none; }

.site-nav ul {
  display: flex;
  flex-wrap: wrap;
  gap: 0.25rem 1rem;
  margin: 0;
  padding: 0;
  list-style: none;
  font-size: 0.9375rem;
}

a { color: var(--accent); text-underline-offset: 0.15em; }
a:visited { color: var(--accent-visited); }
a:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }

.skip-link {
  position: absolute;
  left: 0.5rem;
  top: -10rem;
  padding: 0.5rem 0.75rem;
  background: var(--background);
  border: 1px solid var(--rule);
  z-index: 1;
}
.skip-link:focus { top: 0.5rem; }

main { padding-top: 1.5rem; padding-bottom: 2.5rem; }

h1, h2, h3, h4 { line-height: 1.3; margin: 2rem 0 0.75rem; }
h1 { font-size: clamp(1.625rem, 1.2rem + 2vw, 2.25rem); margin-top: 0.5rem; }
h2 { font-size: 1.375rem; }
h3 { font-size: 1.1875rem; }

p, ul, ol, blockquote, pre, figure, details, table { margin: 0 0 1.1rem; }

.kicker {
  margin: 0;
  color: var(--muted);
  font-size: 0.875rem;
  font-weight: 600;
  letter-spacing: 0.02em;
}

.dek { font-size: 1.1875rem; color: var(--muted); margin-bottom: 0.75rem; }

.byline, .meta {
  color: var(--muted);
  font-size: 0.9375rem;
}
.byline { margin-bottom: 2rem; padding-bottom: 1rem; border-bottom: 1px solid var(--rule); }
.byline span + span::before, .meta span + span::before { content: " · "; }

.notice {
  padding: 0.75rem 1rem;
  background: var(--surface);
  border-left: 3px solid var(--rule);
  font-size: 0.9375rem;
}

.article-body img { max-width: 100%; height: auto; }

blockquote {
  margin-left: 0;
  padding-left: 1rem;
  border-left: 3px solid var(--rule);
  color: var(--muted);
}

code, pre { font-family: var(--mono); font-size: 0.9em; }
pre { overflow-x: auto; padding: 0.75rem 1rem; background: var(--surface); border-radius: 4px; }
:lang(ko) pre, :lang(ko) code { word-break: normal; overflow-wrap: normal; }

table { border-collapse: collapse; display: block; overflow-x: auto; }
th, td { padding: 0.375rem 0.75rem; border: 1px solid var(--rule); text-align: left; }

hr { border: 0; border-top: 1px solid var(--rule); margin: 2rem 0; }

.tags { display: flex; flex-wrap: wrap; gap: 0.5rem; padding: 0; list-style: none; }
.tags li { padding: 0.125rem 0.625rem; background: var(--surface); border-radius: 999px; font-size: 0.875rem; }
.tags-label { font-size: 0.875rem; color: var(--muted); margin-bottom: 0.5rem; }

.article-list { margin: 0; padding: 0; list-style: none; }
.article-list > li { padding: 1.25rem 0; border-bottom: 1px solid var(--rule); }
.article-list h3 { margin: 0.25rem 0 0.5rem; font-size: 1.25rem; }
.article-list h3 a { color: var(--text); text-decoration: none; }
.article-list h3 a:hover { text-decoration: underline; }
.article-list .summary { margin: 0.5rem 0 0; }

.feeds ul { display: inline; margin: 0; padding: 0; list-style: none; }
.feeds li { display: inline; }
.feeds li + li::before { content: " · "; color: var(--muted); }

.chooser { display: grid; gap: 1.5rem; margin-top: 1.5rem; }
.chooser section { padding: 1.25rem; border: 1px solid var(--rule); border-radius: 6px; }
.chooser h2 { margin-top: 0; }
.chooser .go { font-size: 1.25rem; font-weight: 700; }

.site-footer {
  padding-top: 1.25rem;
  padding-bottom: 2rem;
  border-top: 1px solid var(--rule);
  color: var(--muted);
  font-size: 0.875rem;
}

@media (min-width: 48rem) {
  body { font-size: 1.125rem; }
  .chooser { grid-template-columns: 1fr 1fr; }
}

@media print {
  .site-nav, .skip-link, .feeds { display: none; }
  a { color: inherit; }
}
`;
