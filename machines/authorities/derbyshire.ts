import { ITEMS, item } from './checklist-items';
import type { AuthorityProfile } from './profile';

// Derby and Derbyshire Safeguarding Children Partnership, "Requests for Support" (shared/seeds/003): sections 1-8.
export const derbyshire: AuthorityProfile = {
  id: 'derbyshire',
  name: 'Derbyshire',
  partnership: 'Derby and Derbyshire Safeguarding Children Partnership',
  frontDoor: {
    name: 'Call Derbyshire, passing contacts to Starting Point',
    short: 'Starting Point',
    staffRole: 'Call Derbyshire call handler',
    section: '§1 §3',
  },
  openCase: { destination: 'the allocated worker, not Starting Point', section: '§3' },
  hours: { kind: 'always-open', note: 'Call Derbyshire takes calls at all hours and passes them to Starting Point, the locality or Out of Hours.' },
  outOfHours: { divert: 'none', serviceName: 'Out of Hours team (combined with Starting Point)' },
  routing: { onlineRequest: { name: 'Starting Point online Request for Support form' } },
  decisionTimescale: { kind: 'working-days', days: 1 },
  consentOverride: 'not-informed',
  acknowledgedChannels: [],
  outcomes: [
    { outcome: 'strategy-discussion', localName: 'Strategy discussion at Starting Point', description: 'Decides whether the Section 47 threshold is met.' },
    { outcome: 'assessment', localName: 'Single Assessment (S17) by the locality team', description: 'Passed to the local Social Care Specialist and Safeguarding Team.' },
    { outcome: 'early-help', localName: 'Early Help Team or targeted services', description: 'Including a Vulnerable Children’s Meeting.' },
    { outcome: 'signpost', localName: 'Signposting to other services', description: 'Including voluntary organisations.' },
    { outcome: 'no-further-action', localName: 'No further action by Children’s Social Care', description: 'Nothing further needed from social care.' },
  ],
  checklist: [
    item(ITEMS.familyIssues, '§3'),
    item(ITEMS.childDetails, '§3'),
    item(ITEMS.address, '§3'),
    item(ITEMS.parentalResponsibility, '§3'),
    item(ITEMS.household, '§3'),
    item(ITEMS.identity, '§3'),
    item(ITEMS.nationality, '§3'),
    item(ITEMS.needs, '§3'),
    item(ITEMS.events, '§3'),
    item(ITEMS.cause, '§3'),
    item(ITEMS.location, '§3'),
    item(ITEMS.immediateProtection, '§3'),
    item(ITEMS.perpetrator, '§3'),
    item(ITEMS.relationship, '§3'),
    item(ITEMS.agencies, '§3'),
    { ...item(ITEMS.parentsKnowledge, '§3'), label: 'Parents’ knowledge of the contact', ask: 'Do the parents know you are contacting us?' },
  ],
  rules: [
    'INT-OPEN', 'INT-CRIME', 'INT-FORMS', 'INFO-ASK-FAMILY-ISSUES', 'ANON-NONPRO-NO-DISCLOSE',
    'CONSENT-MANAGER-OVERRIDE', 'SCREEN-CHECKS', 'SCREEN-THRESHOLD', 'DEC-TIMESCALE', 'DEC-MANAGER', 'DEC-OUTCOMES',
    'DEC-STRATEGY', 'FB-PROFESSIONAL', 'FB-FAMILY', 'FB-ESCALATE',
  ],
  generalPractice: ['INT-EMERGENCY', 'ANON-RECORD-EXPLAIN', 'ANON-PROFESSIONAL-NEVER'],
};
