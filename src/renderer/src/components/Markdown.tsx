import { Fragment, useMemo, type ReactNode } from 'react';
import { parseMarkdown, type Block, type Inline } from '../lib/markdown';

function renderInline(nodes: Inline[], keyPrefix = ''): ReactNode[] {
  return nodes.map((n, i) => {
    const key = `${keyPrefix}${i}`;
    switch (n.t) {
      case 'text':
        return <Fragment key={key}>{n.v}</Fragment>;
      case 'br':
        return <br key={key} />;
      case 'code':
        return <code key={key}>{n.v}</code>;
      case 'strong':
        return <strong key={key}>{renderInline(n.c, `${key}.`)}</strong>;
      case 'em':
        return <em key={key}>{renderInline(n.c, `${key}.`)}</em>;
      case 'link':
        return (
          <a key={key} href={n.href} target="_blank" rel="noopener noreferrer">
            {renderInline(n.c, `${key}.`)}
          </a>
        );
    }
  });
}

function renderBlock(b: Block, i: number): ReactNode {
  switch (b.t) {
    case 'p':
      return <p key={i}>{renderInline(b.c)}</p>;
    case 'h': {
      // Section titles are the document's own headings; headings inside a section sit below them.
      const Tag = (['h4', 'h5', 'h6'] as const)[b.level - 1]!;
      return <Tag key={i}>{renderInline(b.c)}</Tag>;
    }
    case 'ul':
      return (
        <ul key={i}>
          {b.items.map((it, j) => (
            <li key={j}>{renderInline(it)}</li>
          ))}
        </ul>
      );
    case 'ol':
      return (
        <ol key={i} start={b.start !== 1 ? b.start : undefined}>
          {b.items.map((it, j) => (
            <li key={j}>{renderInline(it)}</li>
          ))}
        </ol>
      );
  }
}

/** Renders briefing Markdown as React elements (no HTML strings, so nothing in the text can inject markup). */
export function Markdown({ text, className }: { text: string; className?: string }) {
  const blocks = useMemo(() => parseMarkdown(text), [text]);
  return <div className={className ?? 'md'}>{blocks.map(renderBlock)}</div>;
}
