import type { HandlersFor } from '../api/handlers';
import type { briefingsContract } from '../../shared/contract/briefings';
import {
  applyTemplate,
  deleteTemplate,
  getCampaignBriefing,
  getCollaborationBriefing,
  listTemplates,
  saveCampaignBriefing,
  saveCollaborationOverrides,
  saveTemplate,
} from './service';
import { briefingDocument, shortlistDocument } from './document';
import { appToday } from '../core/today';
import { briefingPdf, briefingPdfBatch, shortlistPdf } from './pdf';
import { batchZip, openBatchFolder } from './batch-files';

export const briefingHandlers: HandlersFor<keyof typeof briefingsContract> = {
  'briefings.get': (input, core) => getCampaignBriefing(core.db, input.campaignId),
  'briefings.save': (input, core) => saveCampaignBriefing(core.db, input),
  'briefings.collaboration': (input, core) => getCollaborationBriefing(core.db, input.collaborationId),
  'briefings.saveOverrides': (input, core) => saveCollaborationOverrides(core.db, input),
  'briefings.templates': (input, core) => listTemplates(core.db, input),
  'briefings.applyTemplate': (input, core) => applyTemplate(core.db, input),
  'briefings.saveTemplate': (input, core) => saveTemplate(core.db, input),
  'briefings.deleteTemplate': (input, core) => deleteTemplate(core.db, input.id),
  'briefings.document': (input, core) => briefingDocument(core.db, input, appToday(core)),
  'briefings.pdf': (input, core) => briefingPdf(core, input),
  'briefings.pdfBatch': (input, core) => briefingPdfBatch(core, input),
  'briefings.batchOpenFolder': (input, core) => openBatchFolder(core, input.jobId),
  'briefings.batchZip': (input) => batchZip(input.jobId),
  'shortlist.document': (input, core) => shortlistDocument(core.db, input, appToday(core)),
  'shortlist.pdf': (input, core) => shortlistPdf(core, input),
};
