import { useState } from 'react';
import type { CallInput } from '../../../core/api';
import { topicTags } from '../../../core/library';
import { headings } from '../../../core/plan';
import { Checkbox } from '../../components/Checkbox';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FieldsetGroup } from '../../components/FormGroup';
import { PageHeading } from '../../components/PageHeading';
import { Radios } from '../../components/Radios';
import { TextInput } from '../../components/TextInput';
import { Textarea } from '../../components/Textarea';
import { workability } from '../../api';
import { useFormSubmit } from '../../forms';
import { navigate } from '../../routes';
import { useLibrary } from '../../stores/library';
import { usePractitioner } from '../../stores/practitioner';
import { headingLabels } from '../appointment/CoverageBar';
import { topicLabel } from './labels';

type Service = CallInput<'library.addLocal'>;

const toggled = <T,>(list: readonly T[], value: T, on: boolean) =>
  on ? [...list, value] : list.filter((entry) => entry !== value);

/** A local service for the EHP's own office, kept unverified until a manager checks it. */
export function AddLocalServiceScreen() {
  const practitioner = usePractitioner((state) => state.practitioner);
  const [service, setService] = useState<Service>({
    title: '',
    summary: '',
    type: 'service',
    headings: [],
    tags: [],
    url: null,
    phone: null,
    selfReferral: true,
    cost: 'Free',
    howToGet: '',
  });
  const { errors, byField, submit } = useFormSubmit();
  const update = (change: Partial<Service>) => setService({ ...service, ...change });
  const add = submit(async () => {
    const added = await workability.call('library.addLocal', service);
    // The list shows it next time it is searched.
    useLibrary.setState({ filters: null });
    navigate(`library/${added.id}`);
  });

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <a href="#/library" className="govuk-back-link">
          Back to the library
        </a>
        <ErrorSummary errors={errors} />
        <PageHeading title="Add a local service">Add a local service</PageHeading>
        <p className="govuk-body">
          It will be shown to EHPs working for {practitioner?.officeName ?? 'your office'}, marked
          as not yet verified until a manager checks it.
        </p>
        <form onSubmit={add} noValidate>
          <TextInput
            id="title"
            label="Name"
            value={service.title}
            onChange={(title) => update({ title })}
            error={byField.title}
            autoComplete="off"
          />
          <Textarea
            id="summary"
            label="What it offers"
            hint="Written to the customer, for example: A friendly group where you can walk and chat every Tuesday."
            rows={3}
            value={service.summary}
            onChange={(summary) => update({ summary })}
            error={byField.summary}
          />
          <Radios
            id="type"
            label="Type"
            value={service.type}
            options={[
              { value: 'service', label: 'Service to signpost' },
              { value: 'online', label: 'Online resource' },
            ]}
            onChange={(type) => update({ type: type as Service['type'] })}
            error={byField.type}
          />
          <FieldsetGroup id="headings" label="Obstacles it helps with" error={byField.headings}>
            <div className="govuk-checkboxes govuk-checkboxes--small">
              {headings.map((heading, index) => (
                <Checkbox
                  key={heading}
                  id={index === 0 ? 'headings' : `headings-${heading}`}
                  label={headingLabels[heading]}
                  checked={service.headings.includes(heading)}
                  onChange={(on) => update({ headings: toggled(service.headings, heading, on) })}
                />
              ))}
            </div>
          </FieldsetGroup>
          <details className="govuk-details">
            <summary className="govuk-details__summary">
              <span className="govuk-details__summary-text">Topics (helps it be suggested)</span>
            </summary>
            <div className="govuk-details__text">
              <FieldsetGroup id="tags" label="Topics" error={byField.tags}>
                <div className="govuk-checkboxes govuk-checkboxes--small">
                  {topicTags.map((tag) => (
                    <Checkbox
                      key={tag}
                      id={`tags-${tag}`}
                      label={topicLabel(tag)}
                      checked={service.tags.includes(tag)}
                      onChange={(on) => update({ tags: toggled(service.tags, tag, on) })}
                    />
                  ))}
                </div>
              </FieldsetGroup>
            </div>
          </details>
          <TextInput
            id="url"
            label="Website (optional)"
            hint="In full, starting https://"
            type="url"
            spellCheck={false}
            value={service.url ?? ''}
            onChange={(url) => update({ url: url.trim() || null })}
            error={byField.url}
          />
          <TextInput
            id="phone"
            label="Phone (optional)"
            width="20"
            type="tel"
            value={service.phone ?? ''}
            onChange={(phone) => update({ phone: phone.trim() || null })}
            error={byField.phone}
          />
          <Textarea
            id="howToGet"
            label="How to get it"
            hint="For example: Turn up at 10am outside the library. No need to book."
            rows={2}
            value={service.howToGet}
            onChange={(howToGet) => update({ howToGet })}
            error={byField.howToGet}
          />
          <TextInput
            id="cost"
            label="Cost"
            width="20"
            value={service.cost}
            onChange={(cost) => update({ cost })}
            error={byField.cost}
          />
          <div className="govuk-checkboxes govuk-checkboxes--small govuk-form-group">
            <Checkbox
              id="selfReferral"
              label="The customer can contact it themselves"
              checked={service.selfReferral}
              onChange={(selfReferral) => update({ selfReferral })}
            />
          </div>
          <button type="submit" className="govuk-button">
            Add the service
          </button>
        </form>
      </div>
    </div>
  );
}
