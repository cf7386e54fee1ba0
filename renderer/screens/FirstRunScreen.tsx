import { useState } from 'react';
import { nations, roles } from '../../core/domain';
import { ErrorSummary } from '../components/ErrorSummary';
import { PageHeading } from '../components/PageHeading';
import { Radios } from '../components/Radios';
import { Select, optionsOf } from '../components/Select';
import { TextInput } from '../components/TextInput';
import { useFormSubmit } from '../forms';
import { navigate } from '../routes';
import { usePractitioner } from '../stores/practitioner';

/** First run: who is using this device, and which JCP office they work from. */
export function FirstRunScreen() {
  const { offices, save, addOffice } = usePractitioner();
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [officeId, setOfficeId] = useState('');
  const [addingOffice, setAddingOffice] = useState(false);
  const [newOffice, setNewOffice] = useState({ name: '', nation: '' });
  const details = useFormSubmit();
  const officeForm = useFormSubmit('newOffice.');

  const submit = details.submit(async () => {
    await save({ name, role: role as never, officeId });
    navigate('caseload');
  });

  const submitOffice = officeForm.submit(async () => {
    const added = await addOffice({ name: newOffice.name, nation: newOffice.nation as never });
    setOfficeId(added.id);
    setNewOffice({ name: '', nation: '' });
    setAddingOffice(false);
  });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <ErrorSummary errors={[...details.errors, ...officeForm.errors]} />
        <PageHeading title="Set up Workability">Set up Workability</PageHeading>
        <p className="govuk-body">
          Tell us who you are. Your name and office go on the plans you write and the notes the Work
          Coach reads.
        </p>
        <form onSubmit={submit} noValidate>
          <TextInput
            id="name"
            label="Your full name"
            autoComplete="name"
            value={name}
            onChange={setName}
            error={details.byField.name}
          />
          <Radios
            id="role"
            label="Your role"
            value={role}
            options={optionsOf(roles)}
            onChange={setRole}
            error={details.byField.role}
          />
          <Select
            id="officeId"
            label="Your JCP office"
            value={officeId}
            options={[
              { value: '', label: 'Choose an office' },
              ...offices.map((office) => ({
                value: office.id,
                label: `${office.name} (${office.nation})`,
              })),
            ]}
            onChange={setOfficeId}
            error={details.byField.officeId}
          />
          {addingOffice ? (
            <div className="govuk-inset-text">
              <h2 className="govuk-heading-s">Add an office</h2>
              <TextInput
                id="newOffice.name"
                label="Office name"
                hint="For example, Leeds Eastgate JCP"
                value={newOffice.name}
                onChange={(value) => setNewOffice({ ...newOffice, name: value })}
                error={officeForm.byField['newOffice.name']}
              />
              <Radios
                id="newOffice.nation"
                label="Nation"
                inline
                value={newOffice.nation}
                options={optionsOf(nations)}
                onChange={(value) => setNewOffice({ ...newOffice, nation: value })}
                error={officeForm.byField['newOffice.nation']}
              />
              <button
                type="button"
                className="govuk-button govuk-button--secondary"
                onClick={submitOffice}
              >
                Add office
              </button>
            </div>
          ) : (
            <p className="govuk-body">
              <button
                type="button"
                className="govuk-link app-link-button"
                onClick={() => setAddingOffice(true)}
              >
                Add an office that is not in the list
              </button>
            </p>
          )}
          <button type="submit" className="govuk-button">
            Save and continue
          </button>
        </form>
      </div>
    </div>
  );
}
