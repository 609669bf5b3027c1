import type { HandlersFor } from '../api/handlers';
import type { campaignsContract } from '../../shared/contract/campaigns';
import type { Core } from '../core/context';
import { archiveCampaign, createCampaign, duplicateCampaign, getBoard, getCampaign, listCampaigns, updateCampaign } from './service';

const changed = (core: Core) => core.events.emit({ type: 'data.changed', scopes: ['campaigns'] });

export const campaignHandlers: HandlersFor<keyof typeof campaignsContract> = {
  'campaigns.list': (input, core) => listCampaigns(core.db, input),
  'campaigns.get': (input, core) => getCampaign(core.db, input.id),
  'campaigns.create': (input, core) => createCampaign(core.db, input),
  'campaigns.board': (input, core) => getBoard(core.db, input.id),
};

/** The campaign life-cycle methods of the collaborations contract (registered with the collaboration handlers). */
export const campaignLifecycleHandlers: HandlersFor<'campaigns.update' | 'campaigns.archive' | 'campaigns.duplicate'> = {
  'campaigns.update': (input, core) => {
    const out = updateCampaign(core.db, input);
    changed(core);
    return out;
  },
  'campaigns.archive': (input, core) => {
    const out = archiveCampaign(core.db, input.id, input.archived);
    changed(core);
    return out;
  },
  'campaigns.duplicate': (input, core) => {
    const out = duplicateCampaign(core.db, input.id, input.name);
    changed(core);
    return out;
  },
};
