import type { HandlersFor } from '../api/handlers';
import type { trashContract } from '../../shared/contract/trash';
import { emptyTrash, listTrash, restoreFromTrash } from './service';
import { sweepPostFolders } from '../content/media';

export const trashHandlers: HandlersFor<keyof typeof trashContract> = {
  'trash.list': (_input, core) => listTrash(core.db),
  'trash.restore': (input, core) => restoreFromTrash(core.db, input.kind, input.id),
  'trash.empty': (_input, core) => {
    const emptied = emptyTrash(core.db);
    // screenshots of the posts that went with the emptied cards
    sweepPostFolders(core.db, core.dataDir);
    return emptied;
  },
};
