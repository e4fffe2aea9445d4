import { useEffect, useRef } from 'react';
import type { ContactContext } from '../../../../machines/contact/contact.machine';
import { WarningText } from '../../../components/warning-text/warning-text';
import { ACTION_LABELS } from '../../../lib/labels';

/** Where a redirected contact goes, in the authority's own names (profile data). */
function destination(context: ContactContext): { heading: string; body: string[]; rule: string } {
  const { profile } = context;
  switch (context.route) {
    case 'allocated-worker':
      return {
        heading: 'This child has an allocated worker',
        body: [
          `Pass the information to ${profile.openCase.destination}.`,
          ...(profile.openCase.ifUnavailable ? [`If they are not available: ${profile.openCase.ifUnavailable}.`] : []),
        ],
        rule: `${profile.name} ${profile.openCase.section} (INT-OPEN)`,
      };
    case 'managing-allegations':
      return {
        heading: 'This concern follows the managing allegations procedure',
        body: [`Pass it on under the ${profile.routing.managingAllegations?.name ?? 'managing allegations procedure'}.`],
        rule: `${profile.name} §2 (INT-ALLEGATION)`,
      };
    case 'consultation-hub':
      return {
        heading: `Ask the caller to speak to the ${profile.routing.consultationHub?.name ?? 'Consultation Hub'} first`,
        body: [
          'A child-protection referral from a school or early years setting without that conversation, and with no sign of imminent risk, is returned rather than progressed.',
          profile.routing.consultationHub?.hoursNote ?? '',
        ].filter(Boolean),
        rule: `${profile.name} §2 (INT-HUB)`,
      };
    case 'online-request':
      return {
        heading: 'Ask the professional to use the online request for support',
        body: [`Below the child-protection threshold, professionals use the ${profile.routing.onlineRequest?.name ?? 'online form'}.`],
        rule: `${profile.name} §1 §3 (INT-FORMS)`,
      };
    default:
      return { heading: 'Route', body: [], rule: '' };
  }
}

export function RoutingPage({ context, onBack, onContinue, aside, caption }: { context: ContactContext; onBack: () => void; onContinue: () => void; aside: React.ReactNode; caption: string }) {
  const { heading, body, rule } = destination(context);
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${heading} – Front Door`;
    ref.current?.focus();
  }, [heading]);
  const emergency = context.actions.some((a) => a.action === 'call-999');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <button type="button" className="govuk-back-link fd-link-button" onClick={onBack}>
          Back
        </button>
        <span className="govuk-caption-l">{caption}</span>
        <h1 className="govuk-heading-l" tabIndex={-1} ref={ref} data-route={context.route}>
          {heading}
        </h1>
        {emergency && <WarningText>{ACTION_LABELS['call-999']}</WarningText>}
        {body.map((line) => (
          <p className="govuk-body" key={line}>
            {line}
          </p>
        ))}
        <p className="govuk-body-s govuk-hint">{rule}</p>
        <button type="button" className="govuk-button" onClick={onContinue}>
          Continue
        </button>
      </div>
      <div className="govuk-grid-column-one-third">{aside}</div>
    </div>
  );
}
