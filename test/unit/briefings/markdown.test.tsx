import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { safeHref } from '../../../src/renderer/src/lib/markdown';
import { Markdown } from '../../../src/renderer/src/components/Markdown';

// react-markdown puts a line break between blocks; HTML does not show it, so it is left out of the comparison
const html = (text: string) => renderToStaticMarkup(<Markdown text={text} />).replace(/>\n/g, '>');

describe('briefing Markdown', () => {
  it('renders paragraphs, lists, bold, italics and links', () => {
    const out = html('Hallo **Welt** und *du*.\nZweite Zeile\n\n- eins\n- zwei mit [Link](https://example.com/a?b=1)\n\n1. erst\n2. dann\n\n### Unterpunkt');
    expect(out).toBe(
      '<div class="md"><p>Hallo <strong>Welt</strong> und <em>du</em>.<br/>Zweite Zeile</p>' +
        '<ul><li>eins</li><li>zwei mit <a href="https://example.com/a?b=1" target="_blank" rel="noopener noreferrer">Link</a></li></ul>' +
        '<ol><li>erst</li><li>dann</li></ol><h6>Unterpunkt</h6></div>',
    );
  });

  it('keeps snake_case, lone asterisks, umlauts and € as text', () => {
    expect(html('utm_source_name * 3 € – Größe')).toBe('<div class="md"><p>utm_source_name * 3 € – Größe</p></div>');
    expect(html('\\*kein kursiv\\*')).toBe('<div class="md"><p>*kein kursiv*</p></div>');
    expect(html('***fett und kursiv***')).toContain('<strong>');
  });

  it('never injects HTML: tags, attributes and entities stay text', () => {
    const evil = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '**<b onclick="x()">bold</b>**',
      '- <iframe src="https://evil.example"></iframe>',
      '&lt;script&gt;',
      '[x](https://ok.example/"><script>alert(1)</script>)',
    ].join('\n\n');
    const out = html(evil);
    // only the renderer's own elements, and links carry only href/target/rel
    const tags = [...out.matchAll(/<([a-z0-9]+)((?:\s[^>]*)?)\/?>/gi)];
    for (const [, name, attrs] of tags) {
      expect(['div', 'p', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'br', 'code', 'h4', 'h5', 'h6'], name).toContain(name);
      const names = [...(attrs ?? '').matchAll(/\s([a-z-]+)=/gi)].map((m) => m[1]);
      expect(names.every((a) => ['class', 'href', 'target', 'rel', 'start'].includes(a!)), attrs).toBe(true);
    }
    expect(out).not.toMatch(/<(script|img|iframe|b)[\s>]/i);
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('&amp;lt;script&amp;gt;');
  });

  it('only links http(s) and mailto targets', () => {
    for (const bad of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:x', 'file:///etc/passwd', '//evil.example', 'https://user:pw@evil.example']) {
      expect(safeHref(bad), bad).toBeNull();
      expect(html(`[klick](${bad})`), bad).not.toContain('<a ');
    }
    expect(safeHref('mailto:hallo@gruenfit.de')).toBe('mailto:hallo@gruenfit.de');
    expect(html('Shop: https://gruenfit.de/x?utm=1.')).toContain('<a href="https://gruenfit.de/x?utm=1"');
  });

  it('loses nothing the user typed: HTML-looking text, images, quotes and tables are shown as their text', () => {
    const out = html('Wir <3 euch & a < b\n\n![Produktfoto](https://x.example/p.png) <b>fett</b>\n\n> Zitat\n\n| A | B |\n|---|---|\n| 1 | 2 |');
    expect(out).toContain('Wir &lt;3 euch &amp; a &lt; b');
    expect(out).toContain('&lt;b&gt;fett&lt;/b&gt;');
    expect(out).toContain('Produktfoto');
    expect(out).toContain('Zitat');
    expect(out).toMatch(/A.*B.*1.*2/s);
    expect(out).not.toMatch(/<(img|table|blockquote|b)[\s>]/);
  });
});
