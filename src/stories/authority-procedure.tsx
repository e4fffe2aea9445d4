import { PROFILES } from '../../machines/authorities';
import type { AuthorityProfile, FrontDoorHours } from '../../machines/authorities/profile';
import type { AuthorityId } from '../../machines/contact/contact.schema';
import { citationText, RULES } from '../../machines/rules/catalogue';

// Doc blocks for the per-authority MDX pages (src/stories/docs/*.mdx). Everything is read from the
// authority's profile and the rule catalogue, so the pages say what the machine does, in the project's own
// paraphrase with citations, and never drift from it.

const DAYS = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function hoursText(hours: FrontDoorHours): string {
  if (hours.kind !== 'weekly') return hours.note;
  const windows = hours.windows.map((w) => `${w.days.map((d) => DAYS[d]).join(', ')} ${w.from}–${w.to}`).join('; ');
  return `${windows}${hours.closedOnBankHolidays ? ', closed on bank holidays' : ''}${hours.assumption ? ` (assumed: ${hours.assumption})` : ''}`;
}

function timescaleText(profile: AuthorityProfile): string {
  const t = profile.decisionTimescale;
  return t.kind === 'hours' ? `within ${t.hours} hours of receipt` : `within ${t.days} working day${t.days === 1 ? '' : 's'}`;
}

const OVERRIDE: Record<AuthorityProfile['consentOverride'], string> = {
  'not-informed-or-not-agreed': 'a team manager authorises checks with other agencies when the parents were not told or did not agree',
  'not-informed': 'a team manager authorises checks with other agencies when the parents were not told',
  none: 'the procedure names no one who authorises sharing without the parents',
};

const DIVERT: Record<AuthorityProfile['outOfHours']['divert'], string> = {
  all: 'every contact received outside those hours',
  'significant-harm': 'only significant harm or immediate danger outside those hours',
  none: 'none: the front door takes contacts at any time',
};

/** The procedure as the contact machine runs it for one authority. */
export function AuthorityProcedure({ authority }: { authority: AuthorityId }) {
  const p = PROFILES[authority];
  return (
    <dl className="govuk-summary-list">
      {[
        ['Front door', `${p.frontDoor.name} (${p.frontDoor.short}), staffed by ${p.frontDoor.staffRole} (${p.frontDoor.section})`],
        ['Partnership', p.partnership],
        ['Opening hours', hoursText(p.hours)],
        ['Out of hours', `${p.outOfHours.serviceName} takes ${DIVERT[p.outOfHours.divert]}`],
        ['Open case', `Passed to ${p.openCase.destination}${p.openCase.ifUnavailable ? `; if unavailable, ${p.openCase.ifUnavailable}` : ''} (${p.openCase.section})`],
        ...(p.routing.consultationHub ? [['Consultation Hub', `${p.routing.consultationHub.name} for ${p.routing.consultationHub.agencies.join(', ')}. ${p.routing.consultationHub.hoursNote}`]] : []),
        ...(p.routing.onlineRequest ? [['Below threshold', `Professionals use the ${p.routing.onlineRequest.name}`]] : []),
        ...(p.routing.managingAllegations ? [['Allegations', `Concerns about adults who work with children follow the ${p.routing.managingAllegations.name}`]] : []),
        ['Decision', timescaleText(p)],
        ['Sharing without the parents', OVERRIDE[p.consentOverride]],
        ['Acknowledged channels', p.acknowledgedChannels.length ? p.acknowledgedChannels.join(', ') : 'not stated'],
      ].map(([key, value]) => (
        <div className="govuk-summary-list__row" key={key}>
          <dt className="govuk-summary-list__key">{key}</dt>
          <dd className="govuk-summary-list__value">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** The rules this authority's procedure contains, with the project's summary and the citation. */
export function AuthorityRules({ authority }: { authority: AuthorityId }) {
  const p = PROFILES[authority];
  const general = (p.generalPractice ?? []).filter((id) => !p.rules.includes(id));
  return (
    <>
      <table className="govuk-table">
        <caption className="govuk-table__caption govuk-table__caption--m">Rules in {p.name}’s procedure ({p.rules.length})</caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Rule</th>
            <th scope="col" className="govuk-table__header">What it means</th>
            <th scope="col" className="govuk-table__header">Where it is written</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {p.rules.map((id) => (
            <tr className="govuk-table__row" key={id} id={`rule-${id}`}>
              <td className="govuk-table__cell">
                <strong>{RULES[id].title}</strong>
                <br />
                <code>{id}</code>
              </td>
              <td className="govuk-table__cell">{RULES[id].summary}</td>
              <td className="govuk-table__cell">{citationText(id, authority)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {general.length > 0 && (
        <p className="govuk-body">
          Applied as general practice, though not stated in {p.name}’s procedure: {general.map((id) => `${RULES[id].title} (${id})`).join('; ')}.
        </p>
      )}
    </>
  );
}

/** The decision outcomes under the authority's own names (DEC-OUTCOMES). */
export function AuthorityOutcomes({ authority }: { authority: AuthorityId }) {
  const p = PROFILES[authority];
  return (
    <dl className="govuk-summary-list">
      {p.outcomes.map((o) => (
        <div className="govuk-summary-list__row" key={o.outcome}>
          <dt className="govuk-summary-list__key">
            {o.localName} <code>{o.outcome}</code>
          </dt>
          <dd className="govuk-summary-list__value">{o.description}</dd>
        </div>
      ))}
    </dl>
  );
}
