/** Kept for imports elsewhere: the sale statuses now live with the other KPI rules (rules.ts). */
export { SALE_STATUSES } from './rules';
