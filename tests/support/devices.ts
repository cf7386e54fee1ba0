import { appOver } from './app';
import { office, password } from './central';
import { tempStore } from './temp-store';

/** An app on its own store, its practitioner set up, signed in to the server. */
export async function deviceSignedIn(
  url: string,
  username: string,
  role: 'ehp' | 'manager' = 'ehp',
) {
  const app = appOver(await tempStore());
  await app.call('practitioner.save', { name: username, role, officeId: office.id });
  await app.call('sync.signIn', { serverUrl: url, username, password });
  return app;
}
