import type { AuthorityId } from '../../../machines/contact/contact.schema';
import { citationText, RULES } from '../../../machines/rules/catalogue';
import type { RuleId } from '../../../machines/rules/rule-ids';

/** One rule as training shows it: title, our paraphrase, and where the authority's procedure says it. */
export function RuleCitation({ id, authority, showAsk }: { id: RuleId; authority: AuthorityId; showAsk?: boolean }) {
  const rule = RULES[id];
  return (
    <>
      <strong>{rule.title}</strong>
      <span className="govuk-body-s govuk-!-display-block govuk-!-margin-bottom-1">{showAsk && rule.ask ? rule.ask : rule.summary}</span>
      <span className="govuk-body-s govuk-hint govuk-!-display-block govuk-!-margin-bottom-0">{citationText(id, authority)}</span>
    </>
  );
}
