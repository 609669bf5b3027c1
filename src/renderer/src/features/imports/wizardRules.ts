/** What the shop import wizard decides without the core: which problems still block, and the shop's name. */
import type { FileInspection, KnownShop, RedemptionField, ShopFormat } from '../../../../shared/contract';
import { shopKey } from '../../../../shared/codes';

export type Mapping = Partial<Record<RedemptionField, string>>;
export type Problem = { code: string; message: string | null; params?: Record<string, string | number> };

/** Fields the generic format cannot do without (an amount: total or subtotal). */
export const REQUIRED: RedemptionField[] = ['orderId', 'orderedAt', 'code'];
const PROBLEM_FIELDS: Record<string, RedemptionField[]> = {
  no_code_column: ['code'],
  no_order_column: ['orderId'],
  no_date_column: ['orderedAt'],
  no_amount_column: ['total', 'subtotal'],
};

/** The problems that still block: for the generic format, a problem is solved once its field is mapped. */
export function blockingProblems(inspection: FileInspection, format: ShopFormat, mapping: Mapping): Problem[] {
  if (format !== 'generic') return inspection.problems;
  const out: Problem[] = inspection.problems.filter((p) => {
    const fields = PROBLEM_FIELDS[p.code];
    return !fields || !fields.some((f) => mapping[f]);
  });
  const has = new Set(out.map((p) => p.code));
  for (const [code, fields] of Object.entries(PROBLEM_FIELDS)) {
    if (!has.has(code) && !fields.some((f) => mapping[f]) && (REQUIRED.includes(fields[0]) || code === 'no_amount_column')) out.push({ code, message: null });
  }
  return out;
}

export const PLATFORM_NAMES = new Set(['', 'shop', 'shopify', 'shopware', 'woocommerce']);

/** The known shop with this name's identity (case and spaces folded, as the core keys orders), if any. */
export function knownShopFor(name: string, shops: readonly KnownShop[]): KnownShop | undefined {
  const key = shopKey(name);
  return key ? shops.find((s) => s.key === key) : undefined;
}

/** A typed shop name as stored: spaces trimmed and collapsed, and the known shop's spelling when it is one. */
export function normaliseShop(name: string, shops: readonly KnownShop[]): string {
  const clean = name.trim().replace(/\s+/g, ' ');
  return knownShopFor(clean, shops)?.name ?? clean;
}

/**
 * The shop a new file starts with: the known shop the file's guess names; when the guess is only a platform's
 * name (or empty), the shop imported last; else the guess.
 */
export function initialShop(guess: string, shops: readonly KnownShop[]): string {
  const known = knownShopFor(guess, shops);
  if (known) return known.name;
  if (PLATFORM_NAMES.has(guess.trim().toLowerCase()) && shops.length) return shops[0].name;
  return guess.trim();
}
