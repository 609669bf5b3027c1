import type { HandlersFor } from '../api/handlers';
import type { searchContract } from '../../shared/contract/search';
import { globalSearch } from './service';

export const searchHandlers: HandlersFor<keyof typeof searchContract> = {
  'search.global': (input, core) => globalSearch(core.db, input),
};
