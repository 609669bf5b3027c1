/** Which link targets briefing Markdown may keep (components/Markdown.tsx renders it with react-markdown). */

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
