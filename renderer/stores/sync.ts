import { create } from 'zustand';
import type { z } from 'zod';
import type { Conflict, signInSchema, SyncStatus } from '../../core/sync-client';
import { workability } from '../api';

interface SyncState {
  status: SyncStatus | null;
  conflicts: Conflict[] | null;
  load(): Promise<void>;
  signIn(details: z.input<typeof signInSchema>): Promise<void>;
  signOut(): Promise<void>;
  now(): Promise<void>;
  loadConflicts(): Promise<void>;
  resolve(id: string, value: string): Promise<void>;
}

export const useSync = create<SyncState>((set, get) => ({
  status: null,
  conflicts: null,
  async load() {
    set({ status: await workability.call('sync.status', {}) });
  },
  async signIn(details) {
    set({ status: await workability.call('sync.signIn', details) });
  },
  async signOut() {
    set({ status: await workability.call('sync.signOut', {}) });
  },
  async now() {
    set({ status: { ...get().status!, state: 'syncing' } });
    set({ status: await workability.call('sync.now', {}) });
  },
  async loadConflicts() {
    set({ conflicts: await workability.call('sync.conflicts', {}) });
  },
  async resolve(id, value) {
    const status = await workability.call('sync.resolveConflict', { id, value });
    set({ status, conflicts: (get().conflicts ?? []).filter((conflict) => conflict.id !== id) });
  },
}));
