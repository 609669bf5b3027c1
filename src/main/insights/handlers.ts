import type { HandlersFor } from '../api/handlers';
import type { insightsContract } from '../../shared/contract/insights';
import { appToday } from '../core/today';
import { dashboardSummary } from './dashboard';
import { campaignSummary, collaborationKpis, portfolioSummary } from './summaries';
import { influencerSummary } from './influencer';
import { listLeaks, setLeakIncluded } from './leaks';
import { listRates, removeRate, setRate } from './rates';
import { reportData } from './report';
import { exportTables } from './export';

export const insightHandlers: HandlersFor<keyof typeof insightsContract> = {
  'dashboard.summary': (input, core) => dashboardSummary(core.db, appToday(core), input.campaignId),
  'kpis.portfolio': (input, core) => portfolioSummary(core.db, appToday(core), input),
  'kpis.campaign': (input, core) => campaignSummary(core.db, appToday(core), input),
  'kpis.influencer': (input, core) => influencerSummary(core.db, appToday(core), input.influencerId),
  'kpis.collaboration': (input, core) => collaborationKpis(core.db, appToday(core), input.collaborationId),
  'kpis.leaks': (input, core) => listLeaks(core.db, input),
  'kpis.setLeakIncluded': (input, core) => setLeakIncluded(core.db, input.redemptionId, input.included),
  'kpis.report': (input, core) => reportData(core.db, appToday(core), input),
  'kpis.exportTable': (input, core) => exportTables(core.db, appToday(core), input),
  'exchangeRates.list': (_input, core) => listRates(core.db),
  'exchangeRates.set': (input, core) => setRate(core.db, input),
  'exchangeRates.remove': (input, core) => removeRate(core.db, input),
};
