/**
 * A small, safe Markdown subset for briefings: paragraphs (a single line break stays a line break), headings
 * (#, ##, ###), bullet and numbered lists, **bold**, *italic*, `code`, [links](https://…) and bare
 * https:// addresses. The parser returns a tree that is rendered as React elements – never as HTML strings –
 * so raw HTML in the text shows as text. Links only keep http(s) and mailto targets.
 */

export type Inline =
  | { t: 'text'; v: string }
  | { t: 'strong'; c: Inline[] }
  | { t: 'em'; c: Inline[] }
  | { t: 'code'; v: string }
  | { t: 'link'; href: string; c: Inline[] }
  | { t: 'br' };

export type Block =
  | { t: 'p'; c: Inline[] }
  | { t: 'h'; level: 1 | 2 | 3; c: Inline[] }
  | { t: 'ul'; items: Inline[][] }
  | { t: 'ol'; start: number; items: Inline[][] };

// eslint-disable-next-line no-control-regex -- control characters are what we refuse
const UNSAFE_URL_CHARS = /[\s\u0000-\u001f\u007f-\u009f<>"'`]/;

/** The link target when it is safe to follow (http, https, mailto), else null. */
export function safeHref(raw: string): string | null {
  const url = raw.trim();
  if (!url || url.length > 2048 || UNSAFE_URL_CHARS.test(url)) return null;
  if (!/^(https?:\/\/[^/]|mailto:[^/])/i.test(url)) return null;
  try {
    const u = new URL(url);
    if (u.protocol !== 'http:' && u.protocol !== 'https:' && u.protocol !== 'mailto:') return null;
    if (u.username || u.password) return null;
  } catch {
    return null;
  }
  return url;
}

const ESCAPABLE = new Set('\\`*_{}[]()#+-.!>~|'.split(''));

function pushText(out: Inline[], v: string): void {
  if (!v) return;
  const last = out[out.length - 1];
  if (last && last.t === 'text') last.v += v;
  else out.push({ t: 'text', v });
}

/** Index of the closing delimiter `d` for an emphasis opened before `from`, or -1. */
function findClose(s: string, from: number, d: string): number {
  for (let i = from; i < s.length; i++) {
    const ch = s[i];
    if (ch === '\\') {
      i++;
      continue;
    }
    if (ch === '`') {
      const end = s.indexOf('`', i + 1);
      if (end > 0) i = end;
      continue;
    }
    if (s.startsWith(d, i)) {
      if (d.length === 1 && s[i + 1] === d) {
        // `**` inside an *italic* run belongs to a bold span: skip it whole
        const inner = findClose(s, i + 2, d + d);
        if (inner > 0) {
          i = inner + 1;
          continue;
        }
      }
      if (i > from && /\s/.test(s[i - 1]!) === false) {
        if (d[0] === '_' && /[\p{L}\p{N}]/u.test(s[i + d.length] ?? '')) continue; // snake_case_words
        return i;
      }
    }
  }
  return -1;
}

const BARE_URL = /^https?:\/\/[^\s<>"'`]+/i;

export function parseInline(s: string, depth = 0): Inline[] {
  const out: Inline[] = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i]!;
    if (ch === '\\' && i + 1 < s.length && ESCAPABLE.has(s[i + 1]!)) {
      pushText(out, s[i + 1]!);
      i += 2;
      continue;
    }
    if (ch === '\n') {
      out.push({ t: 'br' });
      i++;
      continue;
    }
    if (ch === '`') {
      const end = s.indexOf('`', i + 1);
      if (end > i + 1) {
        out.push({ t: 'code', v: s.slice(i + 1, end) });
        i = end + 1;
        continue;
      }
    }
    if (depth < 8 && (ch === '*' || ch === '_')) {
      const dbl = s[i + 1] === ch;
      const d = dbl ? ch + ch : ch;
      const start = i + d.length;
      const prev = s[i - 1] ?? ' ';
      const opensWord = ch === '*' || !/[\p{L}\p{N}]/u.test(prev);
      if (opensWord && start < s.length && !/\s/.test(s[start]!)) {
        const close = findClose(s, start, d);
        if (close > start) {
          out.push({ t: dbl ? 'strong' : 'em', c: parseInline(s.slice(start, close), depth + 1) });
          i = close + d.length;
          continue;
        }
      }
    }
    if (ch === '[') {
      const m = /^\[([^\]\n]{1,500})\]\(([^()\s]{1,2048})\)/.exec(s.slice(i));
      if (m) {
        const href = safeHref(m[2]!);
        const label = parseInline(m[1]!, depth + 1);
        if (href) out.push({ t: 'link', href, c: label });
        else
          for (const n of label) {
            if (n.t === 'text') pushText(out, n.v);
            else out.push(n);
          }
        i += m[0].length;
        continue;
      }
    }
    if ((ch === 'h' || ch === 'H') && /[^\p{L}\p{N}]/u.test(s[i - 1] ?? ' ')) {
      const m = BARE_URL.exec(s.slice(i));
      if (m) {
        const url = m[0].replace(/[.,;:!?)]+$/, '');
        const href = safeHref(url);
        if (href) {
          out.push({ t: 'link', href, c: [{ t: 'text', v: url }] });
          i += url.length;
          continue;
        }
      }
    }
    pushText(out, ch);
    i++;
  }
  return out;
}

const BULLET = /^\s{0,3}[-*+•]\s+(.*)$/;
const NUMBERED = /^\s{0,3}(\d{1,6})[.)]\s+(.*)$/;
const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;

/** Parses Markdown text into blocks. */
export function parseMarkdown(text: string): Block[] {
  const lines = (text ?? '').replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let para: string[] = [];
  let list: { kind: 'ul' | 'ol'; start: number; items: string[] } | null = null;

  const flushPara = () => {
    if (para.length) blocks.push({ t: 'p', c: parseInline(para.join('\n')) });
    para = [];
  };
  const flushList = () => {
    if (!list) return;
    const items = list.items.map((it) => parseInline(it));
    blocks.push(list.kind === 'ul' ? { t: 'ul', items } : { t: 'ol', start: list.start, items });
    list = null;
  };

  for (const line of lines) {
    if (line.trim() === '') {
      flushPara();
      flushList();
      continue;
    }
    const h = HEADING.exec(line);
    if (h) {
      flushPara();
      flushList();
      blocks.push({ t: 'h', level: Math.min(3, h[1]!.length) as 1 | 2 | 3, c: parseInline(h[2]!) });
      continue;
    }
    const b = BULLET.exec(line);
    const n = b ? null : NUMBERED.exec(line);
    if (b || n) {
      flushPara();
      const kind = b ? 'ul' : 'ol';
      if (!list || list.kind !== kind) {
        flushList();
        list = { kind, start: n ? Number(n[1]) : 1, items: [] };
      }
      list.items.push(b ? b[1]! : n![2]!);
      continue;
    }
    if (list && /^\s{2,}\S/.test(line)) {
      // an indented line continues the last list item
      list.items[list.items.length - 1] += `\n${line.trim()}`;
      continue;
    }
    flushList();
    para.push(line.trim());
  }
  flushPara();
  flushList();
  return blocks;
}

/** The text without Markdown marks (search, previews, tests). */
export function plainText(blocks: Block[]): string {
  const inl = (c: Inline[]): string =>
    c.map((n) => (n.t === 'text' || n.t === 'code' ? n.v : n.t === 'br' ? '\n' : 'c' in n ? inl(n.c) : '')).join('');
  return blocks
    .map((b) => (b.t === 'p' || b.t === 'h' ? inl(b.c) : b.items.map((it) => `• ${inl(it)}`).join('\n')))
    .join('\n\n');
}
