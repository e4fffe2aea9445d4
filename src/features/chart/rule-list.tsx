import type { AuthorityId } from '../../../machines/contact/contact.schema';
import { appliesIn, citationText, ruleFor } from '../../../machines/rules/catalogue';
import type { RuleId } from '../../../machines/rules/rule-ids';

/** Rule ids with the catalogue's title and summary and where the authority's procedure says it. */
export function RuleList({ rules, authority }: { rules: readonly RuleId[]; authority: AuthorityId }) {
  if (rules.length === 0) return <p className="govuk-body-s">No rule is cited here.</p>;
  return (
    <dl className="fd-chart-rules">
      {rules.map((id) => {
        const rule = ruleFor(id);
        return (
          <div key={id} className="fd-chart-rules__item" data-rule-id={id} data-stated={appliesIn(id, authority) ? 'true' : 'false'}>
            <dt className="govuk-body-s govuk-!-font-weight-bold govuk-!-margin-bottom-1">
              {id}: {rule.title}
            </dt>
            <dd className="govuk-body-s govuk-!-margin-left-0 govuk-!-margin-bottom-1">{rule.summary}</dd>
            <dd className="govuk-body-s govuk-!-margin-left-0 fd-chart-rules__citation">{citationText(id, authority)}</dd>
          </div>
        );
      })}
    </dl>
  );
}
