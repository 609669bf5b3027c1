import type { HandlersFor } from '../api/handlers';
import type { reportsContract } from '../../shared/contract/reports';
import { reportPdf } from './pdf';

export const reportHandlers: HandlersFor<keyof typeof reportsContract> = {
  'reports.pdf': (input, core) => reportPdf(core, input),
};
