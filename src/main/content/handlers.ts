import type { HandlersFor } from '../api/handlers';
import type { contentContract } from '../../shared/contract/content';
import { disclosureRulesFor } from './disclosure';
import { listPosts, listSamples, removeRow, savePost, saveSample } from './service';

export const contentHandlers: HandlersFor<keyof typeof contentContract> = {
  'samples.list': (input, core) => listSamples(core.db, input.collaborationId),
  'samples.save': (input, core) => saveSample(core.db, input),
  'samples.remove': (input, core) => removeRow(core.db, 'sample_shipments', input.id),
  'posts.list': (input, core) => listPosts(core.db, input.collaborationId),
  'posts.save': (input, core) => savePost(core.db, input),
  'posts.disclosureRules': (input, core) => disclosureRulesFor(core.db, input.collaborationId),
  'posts.remove': (input, core) => removeRow(core.db, 'content_posts', input.id),
};
