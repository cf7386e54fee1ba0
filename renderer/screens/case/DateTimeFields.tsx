import { DateInput } from '../../components/DateInput';
import { TextInput } from '../../components/TextInput';

export interface DateTime {
  date: string;
  time: string;
}

/** 9:30 and 9.30 are written as 09:30; anything else goes as typed, for the API to refuse clearly. */
export function joinDateTime({ date, time }: DateTime): string {
  const clock = /^(\d{1,2})[:.](\d{2})$/.exec(time.trim());
  return `${date}T${clock ? `${clock[1]!.padStart(2, '0')}:${clock[2]}` : time.trim()}`;
}

/** The date and time of an appointment; an error on either links to the date's first field. */
export function DateTimeFields({
  id,
  legend,
  value,
  onChange,
  error,
}: {
  id: string;
  legend: string;
  value: DateTime;
  onChange: (value: DateTime) => void;
  error?: string | undefined;
}) {
  return (
    <>
      <DateInput
        id={id}
        legend={legend}
        hint="For example, 27 11 2026"
        value={value.date}
        onChange={(date) => onChange({ ...value, date })}
        error={error}
      />
      <TextInput
        id={`${id}.time`}
        label="Time"
        hint="24-hour clock, for example 14:30"
        width="5"
        value={value.time}
        onChange={(time) => onChange({ ...value, time })}
      />
    </>
  );
}
