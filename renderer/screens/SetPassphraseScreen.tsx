import { useState } from 'react';
import { minimumPassphraseLength } from '../../core/session';
import { ErrorSummary } from '../components/ErrorSummary';
import { PageHeading } from '../components/PageHeading';
import { TextInput } from '../components/TextInput';
import { useFormSubmit } from '../forms';
import { useSession } from '../stores/session';

/** First run: the passphrase that encrypts everything Workability keeps on this device. */
export function SetPassphraseScreen({ existingStore }: { existingStore: boolean }) {
  const setPassphrase = useSession((state) => state.setPassphrase);
  const [passphrase, setValue] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const { errors, byField, submit } = useFormSubmit();
  const save = submit(() => setPassphrase({ passphrase, confirmation }));

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={errors} />
        <PageHeading title="Set a passphrase">Set a passphrase</PageHeading>
        <p className="govuk-body">
          {existingStore
            ? 'Workability now encrypts the cases on this device. Set a passphrase to encrypt the cases you already have.'
            : 'Workability keeps health information about your customers on this device, encrypted with your passphrase.'}{' '}
          You will enter it each time you open Workability and after it locks.
        </p>
        <div className="govuk-inset-text">
          Use at least {minimumPassphraseLength} characters. Three or four random words are strong
          and easy to type, for example “copper kettle river lamp”. Nobody can recover your cases if
          you forget it.
        </div>
        <form onSubmit={save} noValidate>
          <TextInput
            id="passphrase"
            type="password"
            label="Passphrase"
            autoComplete="new-password"
            value={passphrase}
            onChange={setValue}
            error={byField.passphrase}
          />
          <TextInput
            id="confirmation"
            type="password"
            label="Enter the passphrase again"
            autoComplete="new-password"
            value={confirmation}
            onChange={setConfirmation}
            error={byField.confirmation}
          />
          <button type="submit" className="govuk-button">
            Set passphrase
          </button>
        </form>
      </div>
    </div>
  );
}
