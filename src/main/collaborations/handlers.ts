import type { HandlersFor } from '../api/handlers';
import type { collaborationsContract } from '../../shared/contract/collaborations';
import { addStage, moveCollaboration, removeStage, renameStage, reorderStages } from './ordering';
import { addCollaborations, getCollaboration, removeCollaboration, restoreCollaboration, updateCollaboration } from './service';
import { addAttachment, downloadAttachment, openAttachment, removeAttachment } from './attachments';
import { addCode, removeCode, suggestCode } from './codes';
import { addLink, buildLink, qrPng, removeLink, updateLinkClicks } from './links';
import { composeEmail, listTemplates, logContacted, previewTemplate } from './outreach';
import { createTemplate, duplicateTemplate, removeTemplate, restoreTemplate, updateTemplate } from './templates';

export const collaborationHandlers: HandlersFor<keyof typeof collaborationsContract> = {
  'stages.add': (input, core) => addStage(core.db, input),
  'stages.rename': (input, core) => renameStage(core.db, input),
  'stages.reorder': (input, core) => reorderStages(core.db, input),
  'stages.remove': (input, core) => removeStage(core.db, input),

  'collaborations.add': (input, core) => addCollaborations(core.db, input),
  'collaborations.move': (input, core) => moveCollaboration(core.db, input),
  'collaborations.remove': (input, core) => removeCollaboration(core.db, input.id),
  'collaborations.restore': (input, core) => restoreCollaboration(core.db, input.id),
  'collaborations.get': (input, core) => getCollaboration(core.db, input.id),
  'collaborations.update': (input, core) => updateCollaboration(core.db, input),

  'attachments.add': (input, core) => addAttachment(core.db, core.dataDir, input),
  'attachments.remove': (input, core) => removeAttachment(core.db, core.dataDir, input.id),
  'attachments.download': (input, core) => downloadAttachment(core.db, core.dataDir, input.id),
  'attachments.open': (input, core) => openAttachment(core, input.id),

  'codes.suggest': (input, core) => suggestCode(core.db, input),
  'codes.add': (input, core) => ({ id: addCode(core.db, input).id }),
  'codes.remove': (input, core) => removeCode(core.db, input.id),

  'links.build': (input, core) => buildLink(core.db, input),
  'links.add': (input, core) => addLink(core.db, input),
  'links.update': (input, core) => updateLinkClicks(core.db, input),
  'links.remove': (input, core) => removeLink(core.db, input.id),
  'links.qr': (input) => qrPng(input.url, input.size),

  'outreach.templates': (input, core) => listTemplates(core.db, input.language),
  'outreach.compose': (input, core) => composeEmail(core.db, input),
  'outreach.logContacted': (input, core) => logContacted(core, input.collaborationId, input.templateId),
  'outreach.createTemplate': (input, core) => createTemplate(core.db, input),
  'outreach.updateTemplate': (input, core) => updateTemplate(core.db, input),
  'outreach.duplicateTemplate': (input, core) => duplicateTemplate(core.db, input),
  'outreach.removeTemplate': (input, core) => removeTemplate(core, input.id),
  'outreach.restoreTemplate': (input, core) => restoreTemplate(core.db, input.id),
  'outreach.preview': (input, core) => previewTemplate(core.db, input),
};
