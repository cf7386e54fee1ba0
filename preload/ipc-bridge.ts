import { contextBridge, ipcRenderer } from 'electron';
import type { WorkabilityBridge } from '../core/client';
import type { Envelope } from '../core/errors';
import { ipcChannel } from '../core/ipc-channel';

/** The only thing that crosses into the page: one call, over one IPC channel. */
const bridge: WorkabilityBridge = {
  call: (name, input) => ipcRenderer.invoke(ipcChannel, name, input) as Promise<Envelope<unknown>>,
};

contextBridge.exposeInMainWorld('workability', bridge);
