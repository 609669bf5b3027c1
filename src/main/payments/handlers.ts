import type { HandlersFor } from '../api/handlers';
import type { paymentsContract } from '../../shared/contract/payments';
import { markPaid, paymentsOverview } from './service';
import { paymentsFile } from './export';

export const paymentHandlers: HandlersFor<keyof typeof paymentsContract> = {
  'payments.list': (input, core) => paymentsOverview(core, input),
  'payments.export': (input, core) => paymentsFile(paymentsOverview(core, input), input.format, input.language),
  'payments.markPaid': (input, core) => markPaid(core, input.collaborationId, input.paidOn),
};
