import { Radios } from '../../components/Radios';

const scores = Array.from({ length: 11 }, (_, score) => ({
  value: String(score),
  label: String(score),
}));

/** A 0–10 question, answered with one of eleven radios, or by typing the number. */
export function ScoreQuestion({
  id,
  question,
  score,
  onChange,
  error,
}: {
  id: string;
  question: string;
  score: number | null;
  onChange: (score: number) => void;
  error?: string | undefined;
}) {
  return (
    // Marks the radios for the digit keys of score-keys.ts.
    <div data-score-question>
      <Radios
        id={id}
        label={question}
        inline
        value={score === null ? '' : String(score)}
        options={scores}
        onChange={(value) => onChange(Number(value))}
        error={error}
      />
    </div>
  );
}
