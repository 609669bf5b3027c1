import type { HandlersFor } from '../api/handlers';
import type { campaignsContract } from '../../shared/contract/campaigns';
import { appToday } from '../core/today';
import { archiveCampaign, createCampaign, duplicateCampaign, getBoard, getCampaign, listCampaigns, updateCampaign } from './service';

export const campaignHandlers: HandlersFor<keyof typeof campaignsContract> = {
  'campaigns.list': (input, core) => listCampaigns(core.db, input, appToday(core)),
  'campaigns.get': (input, core) => getCampaign(core.db, input.id, appToday(core)),
  'campaigns.create': (input, core) => createCampaign(core.db, input),
  'campaigns.board': (input, core) => getBoard(core.db, input.id),
};

/** The campaign life-cycle methods of the collaborations contract (registered with the collaboration handlers). */
export const campaignLifecycleHandlers: HandlersFor<'campaigns.update' | 'campaigns.archive' | 'campaigns.duplicate'> = {
  'campaigns.update': (input, core) => updateCampaign(core.db, input),
  'campaigns.archive': (input, core) => archiveCampaign(core.db, input.id, input.archived),
  'campaigns.duplicate': (input, core) => duplicateCampaign(core.db, input.id, input.name),
};
