import { sql, type Kysely } from 'kysely';
import { syncedColumns } from './synced-columns';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table cases (
    id text primary key,
    customer_name text not null,
    customer_reference text not null,
    referral_date text not null,
    referrer_name text not null,
    referrer_role text not null check (referrer_role in ('work-coach', 'dea')),
    office_id text not null references offices (id),
    practitioner_id text not null references practitioners (id),
    on_health_journey integer not null check (on_health_journey in (0, 1)),
    fit_note_valid_until text,
    wca_status text not null check (wca_status in ('not-assessed', 'lcw', 'lcwra')),
    unemployed integer not null check (unemployed in (0, 1)),
    preferred_channel text not null
      check (preferred_channel in ('telephone', 'video', 'face-to-face', 'neutral-venue')),
    referral_notes text not null default '',
    status text not null check (status in
      ('referred', 'active', 'completed', 'unsuitable', 'returned-to-jcp', 'claim-closed')),
    created_at text not null,
    ${syncedColumns}
  ) strict`.execute(db);
  await sql`create index cases_by_status on cases (status, customer_name)`.execute(db);
  await sql`create index cases_by_name on cases (customer_name)`.execute(db);

  await sql`create table appointments (
    id text primary key,
    case_id text not null references cases (id),
    starts_at text not null,
    duration_minutes integer not null check (duration_minutes between 15 and 180),
    channel text not null check (channel in ('telephone', 'video', 'face-to-face', 'neutral-venue')),
    attendance text not null
      check (attendance in ('booked', 'attended', 'rescheduled', 'failed-to-attend', 'cancelled')),
    extra_reason text,
    rescheduled_to_id text references appointments (id),
    ${syncedColumns}
  ) strict`.execute(db);
  await sql`create index appointments_by_case on appointments (case_id, attendance, starts_at)`.execute(
    db,
  );
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('appointments').execute();
  await db.schema.dropTable('cases').execute();
}
