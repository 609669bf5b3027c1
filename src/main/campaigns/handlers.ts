import type { HandlersFor } from '../api/handlers';
import type { campaignsContract } from '../../shared/contract/campaigns';
import { createCampaign, getBoard, getCampaign, listCampaigns } from './service';

export const campaignHandlers: HandlersFor<keyof typeof campaignsContract> = {
  'campaigns.list': (input, core) => listCampaigns(core.db, input),
  'campaigns.get': (input, core) => getCampaign(core.db, input.id),
  'campaigns.create': (input, core) => createCampaign(core.db, input),
  'campaigns.board': (input, core) => getBoard(core.db, input.id),
};
