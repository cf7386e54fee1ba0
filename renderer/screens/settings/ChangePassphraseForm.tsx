import { useState } from 'react';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextInput } from '../../components/TextInput';
import { workability } from '../../api';
import { useFormSubmit } from '../../forms';

export function ChangePassphraseForm() {
  const [current, setCurrent] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [changed, setChanged] = useState(false);
  const { errors, byField, submit } = useFormSubmit();
  const change = submit(async () => {
    setChanged(false);
    await workability.call('session.changePassphrase', {
      current,
      next: { passphrase, confirmation },
    });
    setCurrent('');
    setPassphrase('');
    setConfirmation('');
    setChanged(true);
  });

  return (
    <form onSubmit={change} noValidate>
      <ErrorSummary errors={errors} />
      <h2 className="govuk-heading-m">Change your passphrase</h2>
      <TextInput
        id="current"
        type="password"
        label="Current passphrase"
        autoComplete="current-password"
        value={current}
        onChange={setCurrent}
        error={byField.current}
      />
      <TextInput
        id="next.passphrase"
        type="password"
        label="New passphrase"
        hint="At least 12 characters: three or four random words work well"
        autoComplete="new-password"
        value={passphrase}
        onChange={setPassphrase}
        error={byField['next.passphrase']}
      />
      <TextInput
        id="next.confirmation"
        type="password"
        label="Enter the new passphrase again"
        autoComplete="new-password"
        value={confirmation}
        onChange={setConfirmation}
        error={byField['next.confirmation']}
      />
      <button type="submit" className="govuk-button govuk-button--secondary">
        Change passphrase
      </button>
      <p className="govuk-body" role="status">
        {changed ? 'Passphrase changed. Use the new one next time you unlock.' : ''}
      </p>
    </form>
  );
}
