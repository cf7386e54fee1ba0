import { Radios } from '../../components/Radios';

const scores = Array.from({ length: 11 }, (_, score) => ({
  value: String(score),
  label: String(score),
}));

/** A 0–10 question, answered with one of eleven radios. */
export function ScoreQuestion({
  id,
  question,
  score,
  onChange,
}: {
  id: string;
  question: string;
  score: number | null;
  onChange: (score: number) => void;
}) {
  return (
    <Radios
      id={id}
      label={question}
      inline
      value={score === null ? '' : String(score)}
      options={scores}
      onChange={(value) => onChange(Number(value))}
    />
  );
}
