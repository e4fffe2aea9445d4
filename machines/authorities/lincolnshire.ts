import { ITEMS, item } from './checklist-items';
import type { AuthorityProfile } from './profile';

// Lincolnshire Safeguarding Children Partnership, "Referrals Procedure" (shared/seeds/004): sections 1-5.
export const lincolnshire: AuthorityProfile = {
  id: 'lincolnshire',
  name: 'Lincolnshire',
  partnership: 'Lincolnshire Safeguarding Children Partnership',
  frontDoor: { name: 'Customer Service Centre', short: 'CSC', staffRole: 'CSC adviser', section: '§1' },
  openCase: {
    destination: 'the relevant worker or team',
    ifUnavailable: 'the Principal Practitioner when the worker and team manager are unavailable',
    section: '§1',
  },
  hours: {
    kind: 'weekly',
    windows: [{ days: [1, 2, 3, 4, 5], from: '09:00', to: '17:00' }],
    closedOnBankHolidays: true,
    assumption: 'The procedure does not give office hours; we assume Monday to Friday 9am to 5pm, not bank holidays.',
  },
  outOfHours: { divert: 'significant-harm', serviceName: 'Emergency Duty Team or Police Headquarters' },
  routing: {},
  decisionTimescale: { kind: 'hours', hours: 24 },
  consentOverride: 'none',
  acknowledgedChannels: ['email', 'online-form', 'post'],
  outcomes: [
    { outcome: 'no-further-action', localName: 'No further action', description: 'The referrer is told why, and what else could help the family.' },
    { outcome: 'information-advice', localName: 'Information and advice', description: 'Parenting information, leaflets and websites.' },
    { outcome: 'signpost', localName: 'Signposting to other services', description: 'Including the Family Group Conference service.' },
    { outcome: 'early-help', localName: 'Team Around the Child (TAC)', description: 'A coordinated package of support for additional needs.' },
    { outcome: 'assessment', localName: 'Referral to FAST or the Children with Disability Team', description: 'Family Assessment Support Team assessment.' },
    { outcome: 'strategy-discussion', localName: 'Significant harm: social care and the police Central Referral Unit', description: 'A strategy discussion considers a Section 47 enquiry.' },
  ],
  checklist: [
    item(ITEMS.familyIssuesLincolnshire, '§3'),
    item(ITEMS.childDetails, '§3'),
    item(ITEMS.natureOfConcern, '§3'),
    item(ITEMS.childAndFamilyNeeds, '§3'),
    item(ITEMS.referrerShareable, '§3'),
    item(ITEMS.agencies, '§3'),
    item(ITEMS.abuseOrNeglect, '§3'),
    item(ITEMS.urgentAction, '§3'),
  ],
  rules: [
    'INT-OPEN', 'INT-OPEN-UNAVAILABLE', 'INT-OPEN-NEW-HARM', 'INT-EARLY-HELP-OPEN', 'INT-EMERGENCY', 'INT-CRIME',
    'INT-OOH', 'INT-CONFIRM-WRITING', 'INFO-ASK-FAMILY-ISSUES', 'INFO-PROFESSIONAL-ID', 'INFO-CLEAR-NEXT-STEPS',
    'ANON-PROFESSIONAL-NEVER', 'ANON-NONPRO-NO-DISCLOSE', 'ANON-SOURCE-WITHOUT-AGREEMENT', 'ANON-GOOD-FAITH-THIRD-PARTY',
    'CONSENT-SEEK-FIRST', 'CONSENT-REASONS', 'CONSENT-PROPORTIONATE', 'SCREEN-ESTABLISH', 'DEC-TIMESCALE',
    'DEC-OUTCOMES', 'DEC-STRATEGY', 'FB-ACK', 'FB-PROFESSIONAL', 'FB-PUBLIC', 'FB-NFA', 'FB-ESCALATE',
  ],
  generalPractice: ['ANON-RECORD-EXPLAIN'],
};
