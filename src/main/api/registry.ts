import type { Handlers } from './handlers';
import { appHandlers } from '../settings/handlers';
import { influencerHandlers } from '../influencers/handlers';
import { campaignHandlers } from '../campaigns/handlers';
import { insightHandlers } from '../insights/handlers';
import { redemptionHandlers } from '../redemptions/handlers';
import { importHandlers } from '../imports/handlers';
import { collaborationHandlers } from '../collaborations/handlers';
import { briefingHandlers } from '../briefings/handlers';
import { contentHandlers } from '../content/handlers';
import { trashHandlers } from '../trash/handlers';
import { backupHandlers } from '../backups/handlers';
import { planningHandlers } from '../planning/handlers';
import { reportHandlers } from '../reports/handlers';
import { paymentHandlers } from '../payments/handlers';
import { searchHandlers } from '../search/handlers';
import { outreachHandlers } from '../collaborations/outreach-handlers';

/** Every method's handler; the type makes a missing or misspelled one a compile error. */
export const handlers: Handlers = {
  ...appHandlers,
  ...influencerHandlers,
  ...campaignHandlers,
  ...insightHandlers,
  ...redemptionHandlers,
  ...importHandlers,
  ...collaborationHandlers,
  ...briefingHandlers,
  ...contentHandlers,
  ...trashHandlers,
  ...backupHandlers,
  ...planningHandlers,
  ...reportHandlers,
  ...paymentHandlers,
  ...searchHandlers,
  ...outreachHandlers,
};
