import { create } from 'zustand';
import type { Settings } from '../../core/settings';
import { workability } from '../api';

interface SettingsState {
  settings: Settings | null;
  load(): Promise<void>;
  save(settings: Settings): Promise<void>;
}

export const useSettings = create<SettingsState>((set) => ({
  settings: null,
  async load() {
    set({ settings: await workability.call('settings.get', {}) });
  },
  async save(settings) {
    set({ settings: await workability.call('settings.save', settings) });
  },
}));
