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
  records: {
    entity: string;
    id: string;
    rev: number;
    deleted: number;
    updated_at: string;
    updated_by: string | null;
    /** For a case's own records: the case, its practitioner and office, for scoping. */
    case_id: string | null;
    owner_id: string | null;
    office_id: string | null;
    /** JSON: the record's fields, and the rev at which each last changed. */
    fields: string;
    field_revs: string;
  };
  changes: { seq: number | string; entity: string; id: string };
  change_counter: { id: number; value: number | string };
  mutations: { mutation_id: string; user_id: string; result: string };
  /** The issued plan's .docx, as its practitioner's app last uploaded it. */
  documents: {
    plan_id: string;
    case_id: string;
    content: Buffer;
    updated_at: string;
    updated_by: string;
  };
  audit: {
    id: string;
    at: string;
    user_id: string | null;
    action: string;
    detail: string;
  };
}
