import type { HandlersFor } from '../api/handlers';
import type { collaborationsContract } from '../../shared/contract/collaborations';
import type { DataChangedEvent } from '../../shared/events';
import type { Core } from '../core/context';
import { campaignLifecycleHandlers } from '../campaigns/handlers';
import { addStage, moveCollaboration, removeStage, renameStage, reorderStages } from './ordering';
import { addCollaborations, getCollaboration, removeCollaboration, restoreCollaboration, updateCollaboration } from './service';
import { addAttachment, downloadAttachment, openAttachment, removeAttachment } from './attachments';
import { addCode, removeCode, suggestCode } from './codes';
import { addLink, buildLink, qrPng, removeLink, updateLinkClicks } from './links';
import { composeEmail, listTemplates, logContacted } from './outreach';

type Scope = DataChangedEvent['scopes'][number];

/** Runs a write and tells the renderer's stores which data changed. */
const write =
  <I, O>(scopes: Scope[], fn: (input: I, core: Core) => O) =>
  (input: I, core: Core): O => {
    const out = fn(input, core);
    core.events.emit({ type: 'data.changed', scopes });
    return out;
  };

const CARDS: Scope[] = ['collaborations'];
const BOARD: Scope[] = ['collaborations', 'campaigns'];

export const collaborationHandlers: HandlersFor<keyof typeof collaborationsContract> = {
  ...campaignLifecycleHandlers,

  'stages.add': write(['campaigns'], (input, core) => addStage(core.db, input)),
  'stages.rename': write(['campaigns'], (input, core) => renameStage(core.db, input)),
  'stages.reorder': write(['campaigns'], (input, core) => reorderStages(core.db, input)),
  'stages.remove': write(BOARD, (input, core) => removeStage(core.db, input)),

  'collaborations.add': write(BOARD, (input, core) => addCollaborations(core.db, input)),
  'collaborations.move': write(CARDS, (input, core) => moveCollaboration(core.db, input)),
  'collaborations.remove': write(BOARD, (input, core) => removeCollaboration(core.db, input.id)),
  'collaborations.restore': write(BOARD, (input, core) => restoreCollaboration(core.db, input.id)),
  'collaborations.get': (input, core) => getCollaboration(core.db, input.id),
  'collaborations.update': write(BOARD, (input, core) => updateCollaboration(core.db, input)),

  'attachments.add': write(CARDS, (input, core) => addAttachment(core.db, core.dataDir, input)),
  'attachments.remove': write(CARDS, (input, core) => removeAttachment(core.db, core.dataDir, input.id)),
  'attachments.download': (input, core) => downloadAttachment(core.db, core.dataDir, input.id),
  'attachments.open': (input, core) => openAttachment(core, input.id),

  'codes.suggest': (input, core) => suggestCode(core.db, input),
  'codes.add': write(['collaborations', 'campaigns', 'redemptions'], (input, core) => ({ id: addCode(core.db, input).id })),
  'codes.remove': write(['collaborations', 'campaigns', 'redemptions'], (input, core) => removeCode(core.db, input.id)),

  'links.build': (input, core) => buildLink(core.db, input),
  'links.add': write(CARDS, (input, core) => addLink(core.db, input)),
  'links.update': write(BOARD, (input, core) => updateLinkClicks(core.db, input)),
  'links.remove': write(BOARD, (input, core) => removeLink(core.db, input.id)),
  'links.qr': (input) => qrPng(input.url, input.size),

  'outreach.templates': (input, core) => listTemplates(core.db, input.language),
  'outreach.compose': (input, core) => composeEmail(core.db, input),
  'outreach.logContacted': write(['collaborations', 'influencers'], (input, core) => logContacted(core.db, input.collaborationId)),
};
