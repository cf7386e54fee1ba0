import { useState } from 'react';
import type { Settings } from '../../../core/settings';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextInput } from '../../components/TextInput';
import { useFormSubmit } from '../../forms';
import { useSettings } from '../../stores/settings';

export function SettingsForm() {
  const { settings, save } = useSettings();
  if (!settings) return <p className="govuk-body">Loading settings…</p>;
  return <Form settings={settings} save={save} />;
}

function Form({
  settings,
  save,
}: {
  settings: Settings;
  save: (settings: Settings) => Promise<void>;
}) {
  const [lockAfter, setLockAfter] = useState(String(settings.lockAfterMinutes));
  const [retention, setRetention] = useState(String(settings.retentionDays));
  const [saved, setSaved] = useState(false);
  const { errors, byField, submit } = useFormSubmit();
  const saveSettings = submit(async () => {
    setSaved(false);
    await save({ lockAfterMinutes: Number(lockAfter), retentionDays: Number(retention) });
    setSaved(true);
  });

  return (
    <form onSubmit={saveSettings} noValidate>
      <ErrorSummary errors={errors} />
      <h2 className="govuk-heading-m">Locking and keeping cases</h2>
      <TextInput
        id="lockAfterMinutes"
        label="Lock after this many minutes without use"
        hint="Press Ctrl+Shift+L, or the Lock button, to lock at once"
        inputMode="numeric"
        width="5"
        value={lockAfter}
        onChange={setLockAfter}
        error={byField.lockAfterMinutes}
      />
      <TextInput
        id="retentionDays"
        label="Remove closed cases from this device after this many days"
        hint="Counted from the day a case is completed, found unsuitable, returned to the JCP or its claim closes"
        inputMode="numeric"
        width="5"
        value={retention}
        onChange={setRetention}
        error={byField.retentionDays}
      />
      <button type="submit" className="govuk-button govuk-button--secondary">
        Save settings
      </button>
      <p className="govuk-body" role="status">
        {saved ? 'Settings saved.' : ''}
      </p>
    </form>
  );
}
