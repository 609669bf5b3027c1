import type { Handlers } from './handlers';
import { appHandlers } from '../settings/handlers';
import { influencerHandlers } from '../influencers/handlers';
import { campaignHandlers } from '../campaigns/handlers';
import { insightHandlers } from '../insights/handlers';

/** Every method's handler; the type makes a missing or misspelled one a compile error. */
export const handlers: Handlers = {
  ...appHandlers,
  ...influencerHandlers,
  ...campaignHandlers,
  ...insightHandlers,
};
