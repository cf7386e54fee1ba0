import { PageHeading } from '../components/PageHeading';
import { AuditTrail } from './settings/AuditTrail';
import { CentralServer } from './settings/CentralServer';
import { ChangePassphraseForm } from './settings/ChangePassphraseForm';
import { RetentionPreview } from './settings/RetentionPreview';
import { SettingsForm } from './settings/SettingsForm';

export function SettingsScreen() {
  return (
    <>
      <PageHeading title="Settings">Settings</PageHeading>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <CentralServer />
          <SettingsForm />
          <RetentionPreview />
          <ChangePassphraseForm />
        </div>
      </div>
      <AuditTrail />
    </>
  );
}
