import { useState } from 'react';
import { ErrorSummary } from '../components/ErrorSummary';
import { PageHeading } from '../components/PageHeading';
import { TextInput } from '../components/TextInput';
import { useFormSubmit } from '../forms';
import { useSession } from '../stores/session';

export function UnlockScreen() {
  const unlock = useSession((state) => state.unlock);
  const [passphrase, setPassphrase] = useState('');
  const { errors, byField, submit } = useFormSubmit();
  const save = submit(async () => {
    try {
      await unlock(passphrase);
    } finally {
      setPassphrase('');
    }
  });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <PageHeading title="Workability is locked">Workability is locked</PageHeading>
        <form onSubmit={save} noValidate>
          <TextInput
            id="passphrase"
            type="password"
            label="Your passphrase"
            autoComplete="current-password"
            value={passphrase}
            onChange={setPassphrase}
            error={byField.passphrase}
          />
          <button type="submit" className="govuk-button">
            Unlock
          </button>
        </form>
      </div>
    </div>
  );
}
