import { useEffect, useState } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextInput } from '../../components/TextInput';
import { useFormSubmit } from '../../forms';
import { useSync } from '../../stores/sync';

/** Signing in to the central API: how plans reach the Work Coach and a second device. */
export function CentralServer() {
  const { status, load, signOut } = useSync();
  useEffect(() => {
    void load();
  }, [load]);
  if (!status) return null;
  if (status.signedInAs) {
    return (
      <section aria-labelledby="central-server">
        <h2 className="govuk-heading-m" id="central-server">
          Central server
        </h2>
        <p className="govuk-body">
          Signed in as {status.signedInAs} at {status.serverUrl}. Your cases sync in the background,
          and issued plans reach the Work Coach.
        </p>
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => void signOut()}
        >
          Sign out of the central server
        </button>
      </section>
    );
  }
  // The address last used is filled in: signing in again is a password away.
  return <SignInForm key={status.serverUrl ?? ''} lastUrl={status.serverUrl ?? ''} />;
}

function SignInForm({ lastUrl }: { lastUrl: string }) {
  const signIn = useSync((state) => state.signIn);
  const [serverUrl, setServerUrl] = useState(lastUrl);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const { errors, byField, submit } = useFormSubmit();
  const signInNow = submit(async () => {
    await signIn({ serverUrl, username, password });
    setPassword('');
  });
  return (
    <form onSubmit={signInNow} noValidate aria-labelledby="central-server">
      <ErrorSummary errors={errors} />
      <h2 className="govuk-heading-m" id="central-server">
        Central server
      </h2>
      <p className="govuk-body">
        Sign in to sync your cases with your other devices and send issued plans to the Work Coach.
        Until then everything stays on this device; nothing you type is lost either way.
      </p>
      <TextInput
        id="serverUrl"
        label="Server address"
        hint="For example, https://workability.dwp.gov.uk"
        autoComplete="url"
        value={serverUrl}
        onChange={setServerUrl}
        error={byField.serverUrl}
      />
      <TextInput
        id="username"
        label="Username"
        autoComplete="username"
        value={username}
        onChange={setUsername}
        error={byField.username}
      />
      <TextInput
        id="password"
        type="password"
        label="Password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        error={byField.password}
      />
      <button type="submit" className="govuk-button">
        Sign in
      </button>
    </form>
  );
}
