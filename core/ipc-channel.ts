/** The single IPC channel that carries every call of core/api.ts. */
export const ipcChannel = 'workability:call';
