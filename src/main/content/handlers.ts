import type { HandlersFor } from '../api/handlers';
import type { contentContract } from '../../shared/contract/content';
import type { Core } from '../core/context';
import { listPosts, listSamples, removeRow, savePost, saveSample } from './service';

const changed = <T>(core: Core, value: T): T => {
  core.events.emit({ type: 'data.changed', scopes: ['collaborations'] });
  return value;
};

export const contentHandlers: HandlersFor<keyof typeof contentContract> = {
  'samples.list': (input, core) => listSamples(core.db, input.collaborationId),
  'samples.save': (input, core) => changed(core, saveSample(core.db, input)),
  'samples.remove': (input, core) => changed(core, removeRow(core.db, 'sample_shipments', input.id)),
  'posts.list': (input, core) => listPosts(core.db, input.collaborationId),
  'posts.save': (input, core) => changed(core, savePost(core.db, input)),
  'posts.remove': (input, core) => changed(core, removeRow(core.db, 'content_posts', input.id)),
};
