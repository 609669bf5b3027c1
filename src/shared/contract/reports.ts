import { z } from 'zod';
import { method } from './define';
import { id, isoDate } from './common';
import { PAPER_SIZES } from './briefings';
import type { FileDownload } from './common';
import { portfolioFilter } from './insights';

/**
 * Reports to hand over, printed as PDF through the renderer's print route (`/print/campaign-report/<id>`,
 * `/print/portfolio-report/0`), which shows the KPI core's report data (`kpis.report`) with a brand header
 * and the rules used in an appendix. XLSX/CSV come from the core's `kpis.exportTable`.
 */
export const reportsContract = {
  'reports.pdf': method<FileDownload>()(
    z
      .object({
        /** A campaign's results report; without it the portfolio report. */
        campaignId: id.optional(),
        /** One post's report: its figures, story frames and screenshots (`/print/post-report/<id>`). */
        postId: id.optional(),
        from: isoDate.optional(),
        to: isoDate.optional(),
        ...portfolioFilter,
        language: z.enum(['de', 'en']).optional(),
        paper: z.enum(PAPER_SIZES).default('a4'),
      })
      .strict(),
    'A campaign results report, the portfolio report or one post’s report as PDF (German or English, brand header, rules in the appendix)',
  ),
};
