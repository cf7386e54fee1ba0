import { useState } from 'react';
import { expectationPoints } from '../../../core/discussion';
import { useAutosave } from '../../autosave';
import { Checkbox } from '../../components/Checkbox';
import { FieldsetGroup } from '../../components/FormGroup';
import { useAppointment } from '../../stores/appointment';
import { SaveStatus } from './SaveStatus';

/** What the EHD is and is not, ticked off as the EHP covers each point. */
export function Expectations() {
  const { session, save } = useAppointment();
  const [covered, setCovered] = useState(session!.record.expectationsCovered);
  const status = useAutosave(covered, (expectationsCovered) => save({ expectationsCovered }));
  const toggle = (id: string, checked: boolean) =>
    setCovered(
      expectationPoints
        .map((point) => point.id)
        .filter((point) => (point === id ? checked : covered.includes(point))),
    );

  return (
    <>
      <h2 className="govuk-heading-m">Setting expectations</h2>
      <FieldsetGroup id="expectations" label="Points covered with the customer">
        <div className="govuk-checkboxes govuk-checkboxes--small">
          {expectationPoints.map((point) => (
            <Checkbox
              key={point.id}
              id={`expectation-${point.id}`}
              label={point.text}
              checked={covered.includes(point.id)}
              onChange={(checked) => toggle(point.id, checked)}
            />
          ))}
        </div>
      </FieldsetGroup>
      <SaveStatus status={status} />
    </>
  );
}
