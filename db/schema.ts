import type { Generated } from 'kysely';
import type {
  Attendance,
  CaseStatus,
  Channel,
  Nation,
  ReferrerRole,
  Role,
  WcaStatus,
} from '../core/domain';
import type { StepsTaken, UnsuitableReason } from '../core/outcomes';
import type { Heading } from '../core/plan';

/** Columns every synced row has (SYNC.md): rev is the server's, 0 until first pushed. */
interface SyncedColumns {
  id: string;
  rev: Generated<number>;
  updated_at: string;
  deleted: Generated<0 | 1>;
}

export interface OfficeTable extends SyncedColumns {
  name: string;
  nation: Nation;
}

export interface PractitionerTable extends SyncedColumns {
  name: string;
  role: Role;
  office_id: string;
}

export interface CaseTable extends SyncedColumns {
  customer_name: string;
  customer_reference: string;
  referral_date: string;
  referrer_name: string;
  referrer_role: ReferrerRole;
  office_id: string;
  practitioner_id: string;
  on_health_journey: 0 | 1;
  fit_note_valid_until: string | null;
  wca_status: WcaStatus;
  unemployed: 0 | 1;
  preferred_channel: Channel;
  referral_notes: string;
  status: CaseStatus;
  created_at: string;
  closed_at: string | null;
  unsuitable_reason: UnsuitableReason | null;
  outcome_note: Generated<string>;
  follow_up_due: string | null;
}

export interface AppointmentTable extends SyncedColumns {
  case_id: string;
  starts_at: string;
  duration_minutes: number;
  channel: Channel;
  attendance: Attendance;
  extra_reason: string | null;
  rescheduled_to_id: string | null;
  work_ability_score: number | null;
  /** JSON array of the expectation points covered. */
  expectations_covered: Generated<string>;
  notes: Generated<string>;
}

export interface GoalTable extends SyncedColumns {
  case_id: string;
  lens: 'past' | 'present' | 'future';
  kind: 'work' | 'lifestyle';
  text: string;
}

export interface ObstacleTable extends SyncedColumns {
  case_id: string;
  heading: Heading;
  text: string;
  limiting_belief: string | null;
  belief_approach: string | null;
}

export interface StepTable extends SyncedColumns {
  case_id: string;
  obstacle_id: string;
  goal_id: string | null;
  text: string;
  type: 'signpost' | 'online-resource' | 'practical-step';
  who: string;
  by_when: string | null;
  interim: 0 | 1;
  review: 'done' | 'partly' | 'not-done' | null;
  review_note: Generated<string>;
  library_item_id: string | null;
  /** How to reach the service, carried from the library item it came from. */
  contact: Generated<string>;
}

export interface LibraryItemTable extends SyncedColumns {
  /** JSON arrays: headings and topic tags. */
  headings: string;
  tags: string;
  title: string;
  summary: string;
  type: 'service' | 'online' | 'practical';
  area: string;
  url: string | null;
  phone: string | null;
  self_referral: 0 | 1;
  cost: string;
  how_to_get: string;
  source: 'central' | 'local';
  source_url: string | null;
  last_checked: string | null;
  verified: 0 | 1;
  added_by: string | null;
}

export interface HeadingNoneIdentifiedTable extends SyncedColumns {
  case_id: string;
  heading: Heading;
  reason: string;
}

export interface PlanEndTable extends SyncedColumns {
  case_id: string;
  confidence: number | null;
  importance: number | null;
  potential_work_ability: number | null;
  can_do: string;
}

export interface FollowUpTable extends SyncedColumns {
  case_id: string;
  steps_taken: StepsTaken;
  work_ability_score: number;
  note: string;
  recorded_at: string;
}

/** Not a synced table: a form's unsubmitted fields, as JSON. */
export interface DraftTable {
  case_id: string;
  form: string;
  fields: string;
  updated_at: string;
}

export interface ScopeDecisionTable {
  id: string;
  case_id: string;
  field: string;
  rule_id: string;
  excerpt: string;
  kind: 'kept' | 'safeguarding';
  reason: string;
  at: string;
}

/** The FTS5 index over library_items; its rows are the items' rowids. */
export interface LibrarySearchTable {
  title: string;
  summary: string;
  tags: string;
  how_to_get: string;
}

export interface PlanVersionTable {
  id: string;
  case_id: string;
  version: number;
  /** The issued plan as JSON (core/plan-versions.ts). */
  content: string;
  content_hash: string;
  issued_at: string;
  issued_by: string | null;
  open_findings: string;
}

export interface AuditEventTable {
  id: string;
  at: string;
  practitioner_id: string | null;
  action: string;
  entity: string | null;
  record_id: string | null;
  detail: string;
}

/** This device's own settings, never synced: who is using it. */
export interface DeviceSettingTable {
  key: string;
  value: string;
}

/** An edit not yet accepted by the central API; the payload is fixed at its first push. */
export interface OutboxTable {
  seq: Generated<number>;
  entity_table: string;
  record_id: string;
  op: 'upsert' | 'delete';
  /** JSON array of the columns the edits changed. */
  changed: string;
  /** The server rev the edit was made on; 0 for a record the server has not seen. */
  base_rev: number;
  mutation_id: string | null;
  payload: string | null;
  /** Why the server refused it, kept so that nothing typed is dropped unseen. */
  error: string | null;
  created_at: string;
}

export interface SyncControlTable {
  id: number;
  applying: 0 | 1;
}

/** A field with two values, pulled from the server until a device resolves it. */
export interface SyncConflictTable {
  id: string;
  entity: string;
  record_id: string;
  field: string;
  /** JSON values. */
  server_value: string;
  client_value: string;
  created_at: string;
}

/** A pulled change whose case (or obstacle) has not arrived yet. */
export interface SyncParkedTable {
  entity: string;
  id: string;
  change: string;
}

export interface DocumentUploadTable {
  case_id: string;
  version: number;
  /** The server's reason, when it refused this version. */
  error: string | null;
}

export interface Database {
  offices: OfficeTable;
  practitioners: PractitionerTable;
  cases: CaseTable;
  appointments: AppointmentTable;
  device_settings: DeviceSettingTable;
  audit_events: AuditEventTable;
  goals: GoalTable;
  obstacles: ObstacleTable;
  steps: StepTable;
  headings_none_identified: HeadingNoneIdentifiedTable;
  plan_ends: PlanEndTable;
  follow_ups: FollowUpTable;
  drafts: DraftTable;
  scope_decisions: ScopeDecisionTable;
  plan_versions: PlanVersionTable;
  library_items: LibraryItemTable;
  library_search: LibrarySearchTable;
  outbox: OutboxTable;
  sync_control: SyncControlTable;
  sync_conflicts: SyncConflictTable;
  sync_parked: SyncParkedTable;
  document_uploads: DocumentUploadTable;
}
