import type { HandlersFor } from '../api/handlers';
import type { contentContract } from '../../shared/contract/content';
import { disclosureRulesFor } from './disclosure';
import { listPosts, removePost, savePost } from './service';
import { addPostMedia, evidenceOf, postMediaFile, removePostMedia, restorePostMedia } from './media';

export const contentHandlers: HandlersFor<keyof typeof contentContract> = {
  'posts.list': (input, core) => listPosts(core.db, core.dataDir, input.collaborationId),
  'posts.save': (input, core) => savePost(core.db, input),
  'posts.disclosureRules': (input, core) => disclosureRulesFor(core.db, input.collaborationId),
  'posts.remove': (input, core) => removePost(core.db, core.dataDir, input.id),
  'posts.addMedia': (input, core) => addPostMedia(core, input),
  'posts.removeMedia': (input, core) => removePostMedia(core, input.id),
  'posts.restoreMedia': (input, core) => restorePostMedia(core, input.id),
  'posts.mediaFile': (input, core) => postMediaFile(core.db, core.dataDir, input.id),
  'posts.evidence': (input, core) => evidenceOf(core.db, core.dataDir, input),
};
