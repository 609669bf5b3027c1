import type { HandlersFor } from '../api/handlers';
import type { campaignsContract } from '../../shared/contract/campaigns';
import { appToday } from '../core/today';
import { archiveCampaign, createCampaign, duplicateCampaign, getBoard, getCampaign, listCampaigns, updateCampaign } from './service';
// A deleted campaign goes to the trash (the trash domain lists, restores and empties it).
import { deleteCampaign } from '../trash/service';
// The UTM rules shape the campaign's tracking links (collaborations/links.ts builds and regenerates them).
import { getUtmRules, previewUtmRules, setUtmRules } from '../collaborations/links';

export const campaignHandlers: HandlersFor<keyof typeof campaignsContract> = {
  'campaigns.list': (input, core) => listCampaigns(core.db, input, appToday(core)),
  'campaigns.get': (input, core) => getCampaign(core.db, input.id, appToday(core)),
  'campaigns.create': (input, core) => createCampaign(core.db, input),
  'campaigns.board': (input, core) => getBoard(core.db, input.id),
  'campaigns.update': (input, core) => updateCampaign(core.db, input),
  'campaigns.archive': (input, core) => archiveCampaign(core.db, input.id, input.archived),
  'campaigns.duplicate': (input, core) => duplicateCampaign(core.db, input.id, input.name),
  'campaigns.delete': (input, core) => deleteCampaign(core.db, input.id),
  'campaigns.utmRules': (input, core) => getUtmRules(core.db, input.campaignId),
  'campaigns.utmPreview': (input, core) => previewUtmRules(core.db, input.campaignId, input.rules),
  'campaigns.setUtmRules': (input, core) => setUtmRules(core.db, input.campaignId, input.rules, core.clock.now().toISOString()),
};
