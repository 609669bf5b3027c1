/** What the shop import wizard decides without the core: which problems still block, and the shop names used before. */
import type { FileInspection, RedemptionField, ShopFormat } from '../../../../shared/contract';

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

const SHOPS_KEY = 'kollab.imports.shops';
export const PLATFORM_NAMES = new Set(['', 'shop', 'shopify', 'shopware', 'woocommerce']);

/** Shop names used before (newest first), offered in the shop field: orders are keyed by shop, so the name must repeat. */
export function readShops(): string[] {
  try {
    const v = JSON.parse(localStorage.getItem(SHOPS_KEY) ?? '[]') as unknown;
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string').slice(0, 10) : [];
  } catch {
    return [];
  }
}

export function rememberShop(name: string) {
  try {
    localStorage.setItem(SHOPS_KEY, JSON.stringify([name, ...readShops().filter((s) => s !== name)].slice(0, 10)));
  } catch {
    // storage unavailable: nothing to remember
  }
}
