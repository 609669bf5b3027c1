import { create } from 'zustand';
import { api } from '../../api/client';
import type { ImportBatchRow } from '../../../../shared/contract';
import { onDataChanged } from '../../lib/sync';

interface ImportsState {
  rows: ImportBatchRow[] | null;
  loading: boolean;
  error: unknown;
  load(): Promise<void>;
}

export const useImportsStore = create<ImportsState>((set) => ({
  rows: null,
  loading: false,
  error: null,
  async load() {
    set({ loading: true, error: null });
    try {
      set({ rows: await api.call('imports.list', {}), loading: false });
    } catch (error) {
      set({ error, loading: false });
    }
  },
}));

onDataChanged(['imports', 'redemptions'], () => {
  const s = useImportsStore.getState();
  if (s.rows || s.error) void s.load();
});
