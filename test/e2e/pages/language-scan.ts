import { expect, type Page } from '@playwright/test';

/**
 * English that must never show in the German UI: core sentences, English labels, machine values and raw
 * i18n keys. Matched on the visible text of the page (innerText) and on labels a screen reader or tooltip reads.
 */
const ENGLISH: RegExp[] = [
  /Something went wrong/i,
  /is already used by/i,
  /use letters, digits/i,
  /\bnot found\b/i,
  /Nothing was changed/i,
  /background task/i,
  /\bis not a (number|valid|known)\b/i,
  /\b(Undo|Cancel|Loading|Retry|Try again|Show more|Are you sure|No results|Overdue|Due on)\b/,
  /\b(Settings|Campaigns|Influencers|Trash|Restore|Followers|Engagement rate|Budget used|Revenue|Save changes|Add stage)\b/,
  /\b(contacted|negotiating|briefed|shortlisted|declined|completed|added|moved)\b/,
  /\b(macro|micro|mega|parenting|paid_post|sample_shipped|content_live)\b/,
  // English function words: a German sentence has none of them
  /\b(the|and|with|from|this|that|is|are|were|has|have|of|to|for|your|you)\b/,
];

/** Raw i18n keys: `errors.domain.…`, or any dotted lower-camel path of three or more parts that is not a host name. */
const RAW_KEY = /^[a-z][a-zA-Z]*(\.[a-zA-Z_]+){2,}$/;
const HOST = /\.(de|com|at|ch|org|net|io|eu|uk|shop|app|pdf|csv|xlsx)$/i;

export class LanguageScan {
  constructor(readonly page: Page) {}

  /** Opens a route of the app (hash address) and waits until its heading is there and nothing is loading. */
  async open(openUrl: string, hash: string): Promise<void> {
    const url = new URL(openUrl);
    url.hash = hash;
    await this.page.goto(url.href);
    await this.settled();
  }

  async settled(): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1 }).first()).toBeVisible();
    await expect(this.page.locator('.mantine-Skeleton-root, .mantine-Loader-root')).toHaveCount(0);
  }

  /** What on the current screen is English or a raw key, each as "where: text". */
  async findings(where: string): Promise<string[]> {
    const texts = await this.page.evaluate(() => {
      const out = [document.body.innerText];
      for (const el of document.querySelectorAll<HTMLElement>('[aria-label], [title], [placeholder]')) {
        if (el.closest('[aria-hidden="true"]')) continue;
        for (const a of ['aria-label', 'title', 'placeholder']) {
          const v = el.getAttribute(a);
          if (v) out.push(v);
        }
      }
      return out;
    });
    const found = new Set<string>();
    for (const text of texts) {
      for (const line of text.split('\n')) {
        for (const re of ENGLISH) {
          const m = line.match(re);
          if (m) found.add(`${where}: “${m[0]}” in “${line.trim().slice(0, 120)}”`);
        }
        if (line.includes('errors.domain.')) found.add(`${where}: raw key in “${line.trim().slice(0, 120)}”`);
        for (const token of line.split(/[\s,;:()„“”"']+/)) {
          if (RAW_KEY.test(token) && !HOST.test(token) && !token.startsWith('@')) found.add(`${where}: raw key “${token}”`);
        }
      }
    }
    return [...found];
  }
}
