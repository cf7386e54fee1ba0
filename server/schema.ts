import type { ServerRole } from '../core/sync';

/** The central API's own tables. */
export interface ServerDatabase {
  server_settings: { key: string; value: string };
  offices: { id: string; name: string; nation: string; created_at: string };
  users: {
    id: string;
    username: string;
    password_hash: string;
    role: ServerRole;
    office_id: string | null;
    name: string;
    created_at: string;
  };
  audit: {
    id: string;
    at: string;
    user_id: string | null;
    action: string;
    detail: string;
  };
}
