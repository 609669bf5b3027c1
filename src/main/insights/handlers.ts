import type { HandlersFor } from '../api/handlers';
import type { insightsContract } from '../../shared/contract/insights';
import { dashboardSummary, listImports } from './dashboard';

export const insightHandlers: HandlersFor<keyof typeof insightsContract> = {
  'dashboard.summary': (input, core) => dashboardSummary(core.db, input.campaignId),
  'imports.list': (input, core) => listImports(core.db, input.kind),
};
