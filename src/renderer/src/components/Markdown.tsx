import ReactMarkdown, { type Components } from 'react-markdown';
import remarkBreaks from 'remark-breaks';
import remarkGfm from 'remark-gfm';
import type {} from 'remark-parse'; // registers micromarkExtensions on unified's Data
import type { Processor } from 'unified';
import { safeHref } from '../lib/markdown';

/**
 * Briefing Markdown through react-markdown (CommonMark + GFM's bare links, a single line break stays a line
 * break). Safe by construction: it renders React elements, never HTML strings. On top of its defaults:
 * - raw HTML and character references (`&lt;`) are not Markdown here: they stay the text the user typed
 *   (react-markdown would drop HTML silently; that would lose what was typed);
 * - only the elements a briefing uses are kept, anything else (tables, quotes) is unwrapped to its text and an
 *   image becomes its description;
 * - links keep only http(s) and mailto targets and open outside the app.
 */
function remarkTypedTextStays(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ disable: { null: ['htmlFlow', 'htmlText', 'characterReference', 'codeIndented'] } });
}

const PLUGINS = [remarkTypedTextStays, remarkGfm, remarkBreaks];
const ALLOWED = ['p', 'strong', 'em', 'code', 'a', 'br', 'ul', 'ol', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'img'];

/** Section titles are the document's own headings; headings inside a section sit below them. */
const COMPONENTS: Components = {
  h1: ({ children }) => <h4>{children}</h4>,
  h2: ({ children }) => <h5>{children}</h5>,
  h3: ({ children }) => <h6>{children}</h6>,
  h4: ({ children }) => <h6>{children}</h6>,
  h5: ({ children }) => <h6>{children}</h6>,
  // an image is not fetched (offline, and no tracking pixels): its description stays as text
  img: ({ alt }) => <>{alt}</>,
  a: ({ href, children }) =>
    href ? (
      <a href={href} target="_blank" rel="noopener noreferrer">
        {children}
      </a>
    ) : (
      <>{children}</>
    ),
};

const urlTransform = (url: string) => safeHref(url) ?? undefined;

/** Renders briefing Markdown as React elements (no HTML strings, so nothing in the text can inject markup). */
export function Markdown({ text, className }: { text: string; className?: string }) {
  return (
    <div className={className ?? 'md'}>
      <ReactMarkdown remarkPlugins={PLUGINS} allowedElements={ALLOWED} unwrapDisallowed components={COMPONENTS} urlTransform={urlTransform}>
        {text}
      </ReactMarkdown>
    </div>
  );
}
