import type { HandlersFor } from '../api/handlers';
import type { influencersContract } from '../../shared/contract/influencers';
import { createInfluencer, getInfluencer, listInfluencers, setInfluencerDeleted, updateInfluencer } from './service';

export const influencerHandlers: HandlersFor<keyof typeof influencersContract> = {
  'influencers.list': (input, core) => listInfluencers(core.db, input),
  'influencers.get': (input, core) => getInfluencer(core.db, input.id),
  'influencers.create': (input, core) => createInfluencer(core.db, input),
  'influencers.update': (input, core) => updateInfluencer(core.db, input),
  'influencers.delete': (input, core) => setInfluencerDeleted(core.db, input.id, true),
  'influencers.restore': (input, core) => setInfluencerDeleted(core.db, input.id, false),
};
