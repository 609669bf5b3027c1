import type { HandlersFor } from '../api/handlers';
import type { trashContract } from '../../shared/contract/trash';
import { deleteCampaign, emptyTrash, listTrash, restoreFromTrash } from './service';

export const trashHandlers: HandlersFor<keyof typeof trashContract> = {
  'trash.list': (_input, core) => listTrash(core.db),
  'trash.restore': (input, core) => restoreFromTrash(core.db, input.kind, input.id),
  'trash.empty': (_input, core) => emptyTrash(core.db),
  'campaigns.delete': (input, core) => deleteCampaign(core.db, input.id),
};
