import type { Handlers } from './handlers';
import { backupHandlers } from '../backups/handlers';
import { briefingHandlers } from '../briefings/handlers';
import { campaignHandlers } from '../campaigns/handlers';
import { collaborationHandlers } from '../collaborations/handlers';
import { contentHandlers } from '../content/handlers';
import { importHandlers } from '../imports/handlers';
import { influencerHandlers } from '../influencers/handlers';
import { insightHandlers } from '../insights/handlers';
import { paymentHandlers } from '../payments/handlers';
import { planningHandlers } from '../planning/handlers';
import { redemptionHandlers } from '../redemptions/handlers';
import { reportHandlers } from '../reports/handlers';
import { sampleHandlers } from '../samples/handlers';
import { searchHandlers } from '../search/handlers';
import { settingsHandlers } from '../settings/handlers';
import { trashHandlers } from '../trash/handlers';

/**
 * Every method's handler; the type makes a missing or misspelled one a compile error. One entry per domain folder:
 * src/main/<domain>/handlers.ts serves exactly the methods of src/shared/contract/<domain>.ts
 * (test/unit/core/contract-layout.test.ts).
 */
export const handlers: Handlers = {
  ...backupHandlers,
  ...briefingHandlers,
  ...campaignHandlers,
  ...collaborationHandlers,
  ...contentHandlers,
  ...importHandlers,
  ...influencerHandlers,
  ...insightHandlers,
  ...paymentHandlers,
  ...planningHandlers,
  ...redemptionHandlers,
  ...reportHandlers,
  ...sampleHandlers,
  ...searchHandlers,
  ...settingsHandlers,
  ...trashHandlers,
};
