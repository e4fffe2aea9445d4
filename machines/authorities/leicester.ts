import { ITEMS, item } from './checklist-items';
import type { AuthorityProfile } from './profile';

// Leicester City, "Contacts and Referrals" local information (shared/seeds/002): sections 1, 2, 3 and 6.
export const leicester: AuthorityProfile = {
  id: 'leicester',
  name: 'Leicester',
  partnership: 'Leicester City Council',
  frontDoor: { name: 'Duty and Advice Service', short: 'DAS', staffRole: 'DAS social worker', section: '§1' },
  openCase: {
    destination: 'the allocated social worker (advisers take no information on open cases)',
    ifUnavailable: 'the duty social worker of that locality team',
    section: '§1',
  },
  hours: { kind: 'always-open', note: 'DAS takes contacts 24 hours a day, 7 days a week.' },
  outOfHours: { divert: 'none', serviceName: 'DAS (24/7)' },
  routing: {},
  decisionTimescale: { kind: 'working-days', days: 1 },
  consentOverride: 'none',
  acknowledgedChannels: [],
  outcomes: [
    { outcome: 'information-advice', localName: 'Information (leaflets and websites)', description: 'Information on parenting issues.' },
    { outcome: 'signpost', localName: 'Redirect to another service', description: 'Signposting, including Early Help and Prevention and the Team Around the Child.' },
    { outcome: 'early-help', localName: 'Professional completes an Early Help Assessment', description: 'Only for a professional referrer, who needs the family’s consent unless that would prejudice a child at risk of significant harm.' },
    { outcome: 'assessment', localName: 'Referral: Single Assessment Service or Children with a Disability Team', description: 'The manager considers an assessment or services may be needed for a child in need.' },
    { outcome: 'strategy-discussion', localName: 'Strategy discussion (decided by the DAS duty team manager)', description: 'The duty team manager decides whether child-protection procedures and a strategy discussion are needed.' },
    { outcome: 'closure-at-referral', localName: 'Closure at Referral', description: 'No social care assessment needed, agreed with Early Help or the other professional, with a summary of why.' },
  ],
  siblingReferral: {
    byRole: 'team-manager',
    referralOutcomes: ['assessment', 'strategy-discussion'],
    progressWithinWorkingDays: 1,
    section: '§6',
  },
  closureAtReferral: { section: '§6' },
  // Leicester's procedure lists no information checklist; these are the items its section 1 does name.
  checklist: [
    item(ITEMS.natureOfConcern, '§1'),
    item(ITEMS.professionalIdentity, '§1'),
    item(ITEMS.consultationConsent, '§1'),
  ],
  rules: [
    'INT-OPEN', 'INT-OPEN-UNAVAILABLE', 'INT-OPEN-NO-ADVISER-RECORDING', 'INFO-PROFESSIONAL-ID',
    'ANON-SOURCE-WITHOUT-AGREEMENT', 'CONSENT-SEEK-FIRST', 'CONSENT-LEI-HYPOTHETICAL', 'CONSENT-LEI-EHA',
    'SCREEN-THRESHOLD', 'DEC-TIMESCALE', 'DEC-MANAGER', 'DEC-OUTCOMES', 'LEI-SIBLINGS', 'LEI-OUTCOME-DUE',
    'LEI-CLOSURE-AT-REFERRAL',
  ],
  generalPractice: ['INT-EMERGENCY', 'INT-CRIME', 'ANON-RECORD-EXPLAIN', 'ANON-PROFESSIONAL-NEVER'],
};
