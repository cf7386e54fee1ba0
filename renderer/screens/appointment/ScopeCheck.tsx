import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { Finding, SentenceCache } from '../../../core/guardrails/engine';
import { Textarea } from '../../components/Textarea';
import { TextInput } from '../../components/TextInput';
import { formErrors } from '../../forms';
import { usePlan } from '../../stores/plan';
import { useRulebook } from '../../stores/rulebook';

interface Props {
  caseId: string;
  /** The id of the field the text is in, so a decision stays with it. */
  field: string;
  text: string;
}

/**
 * Scope-of-practice findings for the text of one field, checked as it is
 * typed and shown under it. The EHP stays in charge: a finding can be kept
 * with a reason. Safeguarding cannot be dismissed, only acted on and recorded.
 */
export function ScopeCheck({ caseId, field, text }: Props) {
  const decisions = usePlan((state) => state.decisions);
  const { check, version, load } = useRulebook();
  useEffect(() => {
    void load();
  }, [load]);
  // Per field and rulebook, and gone with them: only the sentence being typed is checked again.
  // eslint-disable-next-line react-hooks/exhaustive-deps -- a new rulebook's findings differ
  const cache = useMemo<SentenceCache>(() => new Map(), [version]);
  const findings = useMemo(() => check(text, cache), [check, text, cache]);
  const open = findings.filter(
    (finding) =>
      !decisions.some(
        (decision) =>
          decision.field === field &&
          decision.ruleId === finding.ruleId &&
          decision.excerpt === text.slice(finding.start, finding.end),
      ),
  );
  if (open.length === 0) return null;
  return (
    <div className="app-scope-findings">
      {open.map((finding) => {
        const Shown = finding.category === 'safeguarding' ? SafeguardingPanel : ScopeFinding;
        return (
          <Shown
            key={finding.ruleId}
            caseId={caseId}
            field={field}
            finding={finding}
            excerpt={text.slice(finding.start, finding.end)}
          />
        );
      })}
    </div>
  );
}

type FindingProps = Omit<Props, 'text'> & { finding: Finding; excerpt: string };

/** Sends a decision; the fields sit inside other forms, so Enter must not submit those. */
function useDecision(
  { caseId, field, finding, excerpt }: FindingProps,
  kind: 'kept' | 'safeguarding',
) {
  const decide = usePlan((state) => state.decide);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | undefined>();
  const save = async () => {
    try {
      await decide({
        caseId,
        field,
        ruleId: finding.ruleId,
        category: finding.category,
        excerpt,
        kind,
        reason,
      });
    } catch (failure) {
      setError(formErrors(failure)[0]!.message);
    }
  };
  const enterSaves = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      void save();
    }
  };
  return { reason, setReason, error, save, enterSaves };
}

function ScopeFinding(props: FindingProps) {
  const { finding, excerpt, field } = props;
  const [keeping, setKeeping] = useState(false);
  const decision = useDecision(props, 'kept');
  const id = `scope-${field}-${finding.ruleId}`;
  const reasonField = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (keeping) reasonField.current?.querySelector('input')?.focus();
  }, [keeping]);
  return (
    <div className="app-scope-finding" role="group" aria-label={`Out of scope: ${excerpt}`}>
      <p className="govuk-body-s govuk-!-margin-bottom-1">
        <strong>“{excerpt}”</strong>: {finding.explanation}
      </p>
      <p className="govuk-body-s govuk-!-margin-bottom-2">Instead: {finding.instead}</p>
      {keeping ? (
        // Catches Enter from the reason field inside it.
        <div ref={reasonField} onKeyDown={decision.enterSaves}>
          <TextInput
            id={`${id}.reason`}
            label="Why keep this text?"
            value={decision.reason}
            onChange={decision.setReason}
            error={decision.error}
          />
          <button
            type="button"
            className="govuk-button govuk-button--secondary"
            onClick={() => void decision.save()}
          >
            Keep with this reason
          </button>
        </div>
      ) : (
        <button
          type="button"
          className="govuk-button govuk-button--secondary govuk-!-margin-bottom-2"
          aria-label={`Keep “${excerpt}”`}
          onClick={() => setKeeping(true)}
        >
          Keep this text
        </button>
      )}
    </div>
  );
}

function SafeguardingPanel(props: FindingProps) {
  const { finding, excerpt, field } = props;
  const decision = useDecision(props, 'safeguarding');
  const id = `safeguarding-${field}-${finding.ruleId}`;
  return (
    <div
      className="govuk-notification-banner app-safeguarding"
      role="alert"
      aria-labelledby={`${id}-title`}
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={`${id}-title`}>
          Safeguarding
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-body">
          <strong>“{excerpt}”</strong>: {finding.explanation}
        </p>
        <ul className="govuk-list govuk-list--bullet">
          <li>If anyone is in immediate danger, call 999.</li>
          <li>For urgent mental health help: NHS 111, option 2, in England; 111 in Wales.</li>
          <li>Samaritans: 116 123, free, day or night.</li>
        </ul>
        <p className="govuk-body">{finding.instead}</p>
        <Textarea
          id={`${id}.reason`}
          label="What did you do?"
          hint="For example, the number you gave, who you told, and the customer's response"
          rows={3}
          value={decision.reason}
          onChange={decision.setReason}
          error={decision.error}
        />
        <button type="button" className="govuk-button" onClick={() => void decision.save()}>
          Record what I did
        </button>
      </div>
    </div>
  );
}
