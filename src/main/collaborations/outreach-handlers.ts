import type { HandlersFor } from '../api/handlers';
import type { outreachContract } from '../../shared/contract/outreach';
import { createTemplate, duplicateTemplate, removeTemplate, restoreTemplate, updateTemplate } from './templates';
import { previewTemplate } from './outreach';
import { getUtmRules, previewUtmRules, setUtmRules } from './links';

export const outreachHandlers: HandlersFor<keyof typeof outreachContract> = {
  'outreach.createTemplate': (input, core) => createTemplate(core.db, input),
  'outreach.updateTemplate': (input, core) => updateTemplate(core.db, input),
  'outreach.duplicateTemplate': (input, core) => duplicateTemplate(core.db, input),
  'outreach.removeTemplate': (input, core) => removeTemplate(core, input.id),
  'outreach.restoreTemplate': (input, core) => restoreTemplate(core.db, input.id),
  'outreach.preview': (input, core) => previewTemplate(core.db, input),
  'campaigns.utmRules': (input, core) => getUtmRules(core.db, input.campaignId),
  'campaigns.utmPreview': (input, core) => previewUtmRules(core.db, input.campaignId, input.rules),
  'campaigns.setUtmRules': (input, core) => setUtmRules(core.db, input.campaignId, input.rules, core.clock.now().toISOString()),
};
