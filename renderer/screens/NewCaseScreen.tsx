import { format } from 'date-fns';
import { useState } from 'react';
import type { Referral } from '../../core/caseload';
import { channels, referrerRoles, wcaStatuses } from '../../core/domain';
import { eligibilityWarnings } from '../../core/eligibility';
import { Checkbox } from '../components/Checkbox';
import { DateInput } from '../components/DateInput';
import { ErrorSummary } from '../components/ErrorSummary';
import { FieldsetGroup } from '../components/FormGroup';
import { PageHeading } from '../components/PageHeading';
import { Radios } from '../components/Radios';
import { Select, optionsOf } from '../components/Select';
import { TextInput } from '../components/TextInput';
import { Textarea } from '../components/Textarea';
import { WarningText } from '../components/WarningText';
import { useFormSubmit } from '../forms';
import { navigate } from '../routes';
import { useCase } from '../stores/case';
import { usePractitioner } from '../stores/practitioner';

/** A case from a Work Coach's or DEA's referral, with the eligibility checklist. */
export function NewCaseScreen() {
  const { practitioner, offices } = usePractitioner();
  const create = useCase((state) => state.create);
  const [referral, setReferral] = useState<Referral>(() => ({
    customerName: '',
    customerReference: '',
    referralDate: format(new Date(), 'yyyy-MM-dd'),
    referrerName: '',
    referrerRole: '' as never,
    officeId: practitioner?.officeId ?? '',
    eligibility: {
      onHealthJourney: true,
      fitNoteValidUntil: null,
      wcaStatus: 'not-assessed',
      unemployed: true,
    },
    preferredChannel: '' as never,
    referralNotes: '',
  }));
  const { errors, byField, submit } = useFormSubmit();
  const update = (change: Partial<Referral>) => setReferral({ ...referral, ...change });
  const updateEligibility = (change: Partial<Referral['eligibility']>) =>
    update({ eligibility: { ...referral.eligibility, ...change } });
  const warnings = eligibilityWarnings(referral.eligibility, referral.referralDate);

  const createCase = submit(async () => {
    const detail = await create(referral);
    navigate(`cases/${detail.id}`);
  });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a href="#/caseload" className="govuk-back-link">
          Back to caseload
        </a>
        <ErrorSummary errors={errors} />
        <PageHeading title="Create a case from a referral">
          Create a case from a referral
        </PageHeading>
        <form onSubmit={createCase} noValidate>
          <h2 className="govuk-heading-m">Customer</h2>
          <TextInput
            id="customerName"
            label="Customer's full name"
            value={referral.customerName}
            onChange={(customerName) => update({ customerName })}
            error={byField.customerName}
            autoComplete="off"
          />
          <TextInput
            id="customerReference"
            label="Customer reference"
            hint="The reference on the referral from Universal Credit"
            width="20"
            value={referral.customerReference}
            onChange={(customerReference) => update({ customerReference })}
            error={byField.customerReference}
            autoComplete="off"
            spellCheck={false}
          />

          <h2 className="govuk-heading-m">Referral</h2>
          <DateInput
            id="referralDate"
            legend="Referral date"
            value={referral.referralDate}
            onChange={(referralDate) => update({ referralDate })}
            error={byField.referralDate}
          />
          <TextInput
            id="referrerName"
            label="Referrer's name"
            value={referral.referrerName}
            onChange={(referrerName) => update({ referrerName })}
            error={byField.referrerName}
            autoComplete="off"
          />
          <Radios
            id="referrerRole"
            label="Referrer's role"
            value={referral.referrerRole}
            options={optionsOf(referrerRoles)}
            onChange={(referrerRole) => update({ referrerRole: referrerRole as never })}
            error={byField.referrerRole}
          />
          <Select
            id="officeId"
            label="JCP office"
            value={referral.officeId}
            options={offices.map((office) => ({ value: office.id, label: office.name }))}
            onChange={(officeId) => update({ officeId })}
            error={byField.officeId}
          />

          <h2 className="govuk-heading-m">Eligibility</h2>
          <FieldsetGroup id="eligibility" label="The customer">
            <div className="govuk-checkboxes govuk-checkboxes--small">
              <Checkbox
                id="eligibility.onHealthJourney"
                label="is on the UC Health Journey"
                checked={referral.eligibility.onHealthJourney}
                onChange={(onHealthJourney) => updateEligibility({ onHealthJourney })}
              />
              <Checkbox
                id="eligibility.unemployed"
                label="is unemployed"
                checked={referral.eligibility.unemployed}
                onChange={(unemployed) => updateEligibility({ unemployed })}
              />
            </div>
          </FieldsetGroup>
          <DateInput
            id="eligibility.fitNoteValidUntil"
            legend="Fit note valid until"
            hint="For example, 15 1 2027. Leave empty if there is no valid fit note."
            value={referral.eligibility.fitNoteValidUntil ?? ''}
            onChange={(date) => updateEligibility({ fitNoteValidUntil: date === '' ? null : date })}
            error={byField['eligibility.fitNoteValidUntil']}
          />
          <Radios
            id="eligibility.wcaStatus"
            label="Work Capability Assessment (WCA)"
            value={referral.eligibility.wcaStatus}
            options={optionsOf(wcaStatuses)}
            onChange={(wcaStatus) => updateEligibility({ wcaStatus: wcaStatus as never })}
          />
          {warnings.length > 0 && (
            <WarningText>
              This referral may not meet the eligibility criteria. You can still create the case.
              <ul className="govuk-list govuk-list--bullet govuk-!-margin-top-2">
                {warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            </WarningText>
          )}

          <h2 className="govuk-heading-m">Appointments</h2>
          <Radios
            id="preferredChannel"
            label="How would the customer prefer to meet?"
            value={referral.preferredChannel}
            options={optionsOf(channels)}
            onChange={(preferredChannel) => update({ preferredChannel: preferredChannel as never })}
            error={byField.preferredChannel}
          />
          <Textarea
            id="referralNotes"
            label="Referral notes (optional)"
            hint="What the referrer told you about the customer"
            value={referral.referralNotes}
            onChange={(referralNotes) => update({ referralNotes })}
            error={byField.referralNotes}
          />
          <button type="submit" className="govuk-button">
            Create case
          </button>
        </form>
      </div>
    </div>
  );
}
