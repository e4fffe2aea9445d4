import { useState } from 'react';
import type { ContactContext, ContactEvent } from '../../../machines/contact/contact.machine';
import type { Refusal } from '../../../machines/contact/contact.rules';
import { ErrorSummary } from '../../components/error-summary/error-summary';
import { draftFeedback, type Message } from '../../lib/feedback';
import type { DeskError } from './use-desk-contact';

const AUDIENCE_HEADINGS: Record<string, string> = {
  acknowledgement: 'Acknowledgement to the referrer',
  outcome: 'Outcome to the referrer',
  family: 'What the family is told',
  agency: 'Note to another agency',
};

function MessageBlock({ id, message }: { id: string; message: Message }) {
  return (
    <div className="govuk-summary-card" data-testid={`feedback-${id}`}>
      <div className="govuk-summary-card__title-wrapper">
        <h3 className="govuk-summary-card__title">{AUDIENCE_HEADINGS[id]}</h3>
      </div>
      <div className="govuk-summary-card__content">
        <p className="govuk-body govuk-!-font-weight-bold">{message.subject}</p>
        <pre className="fd-letter govuk-body" style={{ whiteSpace: 'pre-wrap', fontFamily: 'inherit' }}>
          {message.body}
        </pre>
        {message.rules.length > 0 && <p className="govuk-body-s">Rules: {message.rules.join(', ')}</p>}
      </div>
    </div>
  );
}

/** FB-*: the drafted messages, then `feedback.sent`, which closes the contact. */
export function FeedbackSection({
  context,
  reference,
  closed,
  append,
  serverErrors = [],
}: {
  context: ContactContext;
  reference: string;
  closed: boolean;
  append?: (event: ContactEvent, fieldId: string) => Promise<Refusal[] | 'failed'>;
  serverErrors?: DeskError[];
}) {
  const [referrerName, setReferrerName] = useState('');
  const [attempt, setAttempt] = useState(0);
  const [refused, setRefused] = useState<DeskError[]>([]);
  // The machine may refuse to close (LEI-CLOSURE-AT-REFERRAL: the closure summary first): say why.
  const close = async () => {
    if (!append) return;
    setRefused([]);
    const result = await append({ type: 'feedback.sent' }, 'feedback-sent');
    if (Array.isArray(result)) {
      setRefused(result.map((r) => ({ fieldId: r.field === 'closure' ? 'closure-agreedWith' : 'feedback-sent', message: `${r.message}${r.rule ? ` (${r.rule})` : ''}.` })));
    }
    setAttempt((n) => n + 1);
  };
  const feedback = draftFeedback(context, { reference, ...(referrerName.trim() ? { referrerName } : {}) });
  return (
    <section aria-labelledby="feedback-heading">
      <h2 className="govuk-heading-m" id="feedback-heading">
        Feedback
      </h2>
      <ErrorSummary key={attempt} errors={[...refused, ...serverErrors]} />
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor="referrer-name">
          Referrer’s name (optional, not stored)
        </label>
        <div className="govuk-hint" id="referrer-name-hint">
          Used only in the letters to the referrer, and to others only for a named professional.
        </div>
        <input
          id="referrer-name"
          className="govuk-input govuk-!-width-one-half"
          aria-describedby="referrer-name-hint"
          value={referrerName}
          onChange={(e) => setReferrerName(e.target.value)}
        />
      </div>
      {(['acknowledgement', 'outcome', 'family', 'agency'] as const).map((k) => (
        <MessageBlock key={k} id={k} message={feedback[k]} />
      ))}
      {!closed && append && (
        <button type="button" className="govuk-button" data-module="govuk-button" onClick={() => void close()} id="feedback-sent">
          Mark feedback as sent and close the contact
        </button>
      )}
    </section>
  );
}
