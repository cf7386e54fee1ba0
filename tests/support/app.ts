import { dirname } from 'node:path';
import type { CallInput, CallName, CallOutput } from '../../core/api';
import { WorkabilityError } from '../../core/errors';
import { createDispatch, type Dispatch } from '../../main/dispatch';
import { createHandlers } from '../../main/handlers';
import { Session } from '../../main/session';
import type { Store } from '../../db/store';

/** Main's dispatch over a real store, as both transports use it. */
export function appOver(store: Store) {
  const logged: unknown[] = [];
  const session = Session.over(store, dirname(store.file));
  const dispatch: Dispatch = createDispatch(createHandlers(session), (error) => logged.push(error));
  async function call<K extends CallName>(name: K, input: CallInput<K>): Promise<CallOutput<K>> {
    const envelope = await dispatch(name, input);
    if (!envelope.ok) throw WorkabilityError.fromBody(envelope.error);
    return envelope.value as CallOutput<K>;
  }
  return { dispatch, call, logged, session, store };
}

/** Every row of every table, to show a failed call changed nothing. */
export function contents(store: Store): string {
  const tables = store.sqlite
    .prepare(
      // Ordinary tables only: an FTS index's shadow tables follow its table.
      "select name from pragma_table_list where schema = 'main' and type = 'table' order by name",
    )
    .pluck()
    .all() as string[];
  return JSON.stringify(
    tables.map((table) => [
      table,
      store.sqlite.prepare(`select * from "${table}" order by rowid`).all(),
    ]),
  );
}
