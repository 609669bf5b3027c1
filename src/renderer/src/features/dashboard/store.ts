import { create } from 'zustand';
import { api } from '../../api/client';
import type { DashboardSummary } from '../../../../shared/contract';
import { onDataChanged } from '../../lib/sync';

interface DashboardState {
  summary: DashboardSummary | null;
  loading: boolean;
  error: unknown;
  load(): Promise<void>;
}

let seq = 0;

export const useDashboardStore = create<DashboardState>((set) => ({
  summary: null,
  loading: false,
  error: null,
  async load() {
    const my = ++seq;
    set({ loading: true, error: null });
    try {
      const summary = await api.call('dashboard.summary', {});
      if (my === seq) set({ summary, loading: false });
    } catch (error) {
      if (my === seq) set({ error, loading: false });
    }
  },
}));

onDataChanged(['influencers', 'campaigns', 'collaborations', 'redemptions', 'settings'], () => {
  const s = useDashboardStore.getState();
  if (s.summary || s.error) void s.load();
});
