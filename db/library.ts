import { sql, type Kysely, type Selectable } from 'kysely';
import type { z } from 'zod';
import {
  areasFor,
  starterItemId,
  topicsIn,
  type addLocalServiceSchema,
  type Candidate,
  type LibraryItem,
  type LibraryResult,
  type LibrarySearch,
  type StarterItem,
  type TagCounts,
  type Whereabouts,
} from '../core/library';
import { newRow, touched } from './row-stamp';
import type { Database, LibraryItemTable } from './schema';

const versionKey = 'starter-library-version';

export function toLibraryItem(row: Selectable<LibraryItemTable>): LibraryItem {
  return {
    id: row.id,
    title: row.title,
    summary: row.summary,
    type: row.type,
    headings: JSON.parse(row.headings) as LibraryItem['headings'],
    tags: JSON.parse(row.tags) as string[],
    area: row.area as LibraryItem['area'],
    url: row.url,
    phone: row.phone,
    selfReferral: row.self_referral === 1,
    cost: row.cost,
    howToGet: row.how_to_get,
    source: row.source,
    sourceUrl: row.source_url,
    lastChecked: row.last_checked,
    verified: row.verified === 1,
  };
}

function starterRow(item: StarterItem) {
  return {
    title: item.title,
    summary: item.summary,
    type: item.type,
    headings: JSON.stringify(item.headings),
    tags: JSON.stringify(item.tags),
    area: item.area,
    url: item.url,
    phone: item.phone,
    self_referral: item.selfReferral ? 1 : 0,
    cost: item.cost,
    how_to_get: item.howToGet,
    source: 'central',
    source_url: item.source,
    last_checked: item.lastChecked,
    verified: 1,
    deleted: 0,
  } as const;
}

/**
 * Brings the central items up to the starter library's version: new ones
 * added, changed ones updated, withdrawn ones marked deleted (a step may still
 * name one). Local items are never touched. Does nothing when up to date.
 */
export async function refreshStarterLibrary(
  db: Kysely<Database>,
  library: { version: string; items: readonly StarterItem[] },
): Promise<boolean> {
  const stored = await db
    .selectFrom('device_settings')
    .select('value')
    .where('key', '=', versionKey)
    .executeTakeFirst();
  if (stored?.value === library.version) return false;
  await db.transaction().execute(async (trx) => {
    const stamp = touched();
    const ids = library.items.map((item) => starterItemId(item.id));
    for (const [index, item] of library.items.entries()) {
      const row = { ...starterRow(item), ...stamp };
      await trx
        .insertInto('library_items')
        .values({ id: ids[index]!, ...row })
        .onConflict((conflict) => conflict.column('id').doUpdateSet(row))
        .execute();
    }
    await trx
      .updateTable('library_items')
      .set({ deleted: 1, ...stamp })
      .where('source', '=', 'central')
      .where('id', 'not in', ids)
      .execute();
    await trx
      .insertInto('device_settings')
      .values({ key: versionKey, value: library.version })
      .onConflict((conflict) => conflict.column('key').doUpdateSet({ value: library.version }))
      .execute();
  });
  return true;
}

/** Words of what was typed, safe to hand to FTS5: its syntax never reaches the query. */
function searchWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12);
}

/** Title counts most, then topic tags, then the summary, then how to get it. */
const rank = sql<number>`bm25(library_search, 5.0, 1.0, 3.0, 0.5)`;

export async function searchLibrary(
  db: Kysely<Database>,
  search: z.output<z.ZodType<Required<LibrarySearch>>>,
  where: Whereabouts,
): Promise<LibraryResult[]> {
  const words = searchWords(search.query);
  let query = db
    .selectFrom('library_items')
    .select([
      'library_items.id',
      'library_items.title',
      'library_items.summary',
      'library_items.type',
      'library_items.headings',
      'library_items.area',
      'library_items.source',
      'library_items.verified',
    ])
    .where('library_items.deleted', '=', 0)
    .where('library_items.area', 'in', areasFor(where));
  if (search.heading) {
    const heading = search.heading;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom(sql<{ value: string }>`json_each(library_items.headings)`.as('heading'))
          .select('heading.value')
          .where('heading.value', '=', heading),
      ),
    );
  }
  if (search.type) query = query.where('library_items.type', '=', search.type);
  const rows = await (
    words.length
      ? query
          .innerJoin('library_search', (join) =>
            join.on(sql<boolean>`library_search.rowid = library_items.rowid`),
          )
          .where(sql<boolean>`library_search match ${words.map((word) => `"${word}"*`).join(' ')}`)
          .orderBy(rank)
      : query.orderBy(sql`lower(library_items.title)`)
  )
    .limit(search.limit)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    summary: row.summary,
    type: row.type,
    headings: JSON.parse(row.headings) as LibraryResult['headings'],
    area: row.area as LibraryResult['area'],
    source: row.source,
    verified: row.verified === 1,
  }));
}

export async function findLibraryItem(
  db: Kysely<Database>,
  id: string,
): Promise<LibraryItem | undefined> {
  const row = await db
    .selectFrom('library_items')
    .selectAll()
    .where('id', '=', id)
    .where('deleted', '=', 0)
    .executeTakeFirst();
  return row && toLibraryItem(row);
}

const stopWords = new Set(
  'a an and are as at be but by can for from has have he her his in is it its of on or she that the their them they this to was with her him not no'.split(
    ' ',
  ),
);

/**
 * Items that might answer an obstacle in the customer's area: those sharing
 * its words, with their bm25, and those tagged with a topic its words point to.
 */
export async function suggestionCandidates(
  db: Kysely<Database>,
  text: string,
  where: Whereabouts,
): Promise<(Candidate & { item: LibraryItem })[]> {
  const words = searchWords(text).filter((word) => word.length > 2 && !stopWords.has(word));
  const topics = [...topicsIn(text)];
  if (words.length === 0 && topics.length === 0) return [];
  const matched = words.length
    ? db
        .selectFrom('library_search')
        .select([sql<number>`library_search.rowid`.as('rowid'), rank.as('bm25')])
        .where(sql<boolean>`library_search match ${words.map((word) => `"${word}"`).join(' OR ')}`)
    : null;
  const rows = await db
    .selectFrom('library_items')
    .$if(matched !== null, (query) =>
      query.leftJoin(matched!.as('matched'), (join) =>
        join.on(sql<boolean>`matched.rowid = library_items.rowid`),
      ),
    )
    .selectAll('library_items')
    .select(sql<number | null>`${matched ? sql`matched.bm25` : sql`null`}`.as('bm25'))
    .where('deleted', '=', 0)
    .where('area', 'in', areasFor(where))
    .where((eb) =>
      eb.or([
        ...(matched ? [sql<boolean>`matched.rowid is not null`] : []),
        ...(topics.length
          ? [
              eb.exists(
                eb
                  .selectFrom(sql<{ value: string }>`json_each(library_items.tags)`.as('tag'))
                  .select('tag.value')
                  .where('tag.value', 'in', topics),
              ),
            ]
          : []),
      ]),
    )
    .execute();
  return rows.map(({ bm25, ...row }) => ({ item: toLibraryItem(row), bm25: bm25 ?? 0 }));
}

/** How many items of an area carry each tag, for weighing topics by how rare they are. */
export async function tagCounts(db: Kysely<Database>, where: Whereabouts): Promise<TagCounts> {
  const areas = areasFor(where);
  const [{ total }, rows] = await Promise.all([
    db
      .selectFrom('library_items')
      .select((eb) => eb.fn.countAll<number>().as('total'))
      .where('deleted', '=', 0)
      .where('area', 'in', areas)
      .executeTakeFirstOrThrow(),
    db
      .selectFrom('library_items')
      .innerJoin(sql<{ value: string }>`json_each(library_items.tags)`.as('tag'), (join) =>
        join.onTrue(),
      )
      .select(['tag.value as tag', (eb) => eb.fn.countAll<number>().as('count')])
      .where('deleted', '=', 0)
      .where('area', 'in', areas)
      .groupBy('tag.value')
      .execute(),
  ]);
  return { total, byTag: Object.fromEntries(rows.map((row) => [row.tag, row.count])) };
}

export async function insertLocalService(
  db: Kysely<Database>,
  service: z.output<typeof addLocalServiceSchema>,
  officeId: string,
  practitionerId: string,
): Promise<string> {
  const row = newRow();
  await db
    .insertInto('library_items')
    .values({
      ...row,
      title: service.title,
      summary: service.summary,
      type: service.type,
      headings: JSON.stringify(service.headings),
      tags: JSON.stringify(service.tags),
      area: `office:${officeId}`,
      url: service.url,
      phone: service.phone,
      self_referral: service.selfReferral ? 1 : 0,
      cost: service.cost,
      how_to_get: service.howToGet,
      source: 'local',
      source_url: null,
      last_checked: row.updated_at.slice(0, 10),
      verified: 0,
      added_by: practitionerId,
    })
    .execute();
  return row.id;
}

export async function markVerified(db: Kysely<Database>, id: string): Promise<void> {
  const now = touched();
  await db
    .updateTable('library_items')
    .set({ verified: 1, last_checked: now.updated_at.slice(0, 10), ...now })
    .where('id', '=', id)
    .execute();
}
