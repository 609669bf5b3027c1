/**
 * A mailto: URL (RFC 6068): the address as is (only characters that need it encoded), subject and body with
 * encodeURIComponent, line breaks as CRLF. For text the user edited in the renderer before sending.
 */
export function mailtoUrl(to: string | null, subject: string, body: string): string {
  const enc = (s: string) => encodeURIComponent(s);
  const addr = to ? enc(to.trim()).replace(/%40/g, '@') : '';
  const crlf = body.replace(/\r\n|\r|\n/g, '\r\n');
  return `mailto:${addr}?subject=${enc(subject)}&body=${enc(crlf)}`;
}
