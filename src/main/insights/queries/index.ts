/**
 * The insights (KPI) domain's one data-access module: all of its SQL, with typed rows (statement generics or
 * rows.ts allRows; JSON columns parsed by their schemas). The rest of the domain imports from here ('./queries').
 *
 * Why a folder: together the statements are ~950 lines, over the 400-line rule, and they fall into parts that are
 * read separately — so one file per part, one entry point:
 * - scope.ts: which cards count (the scope CTE with each card's window), posts, link clicks, costs, samples, rates;
 * - sales.ts: attributed sales from the maintained tables (months, weeks, the days around them);
 * - views.ts: the views' small reads and writes (campaigns, people, deliverables, leaks, rates, dashboard);
 * - rollups.ts: the roll-up (kpi_rollups) built, refreshed, kept by difference across an undo, prepared for a publish;
 * - totals.ts: the totals over the roll-up (kpi_sales_totals, kpi_sales_weeks);
 * - rows.ts: reading many rows as arrays with cached statements (internal to this folder).
 */
export * from './scope';
export * from './sales';
export * from './views';
export * from './rollups';
export * from './totals';
