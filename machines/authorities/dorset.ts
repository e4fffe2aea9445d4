import { ITEMS, item } from './checklist-items';
import type { AuthorityProfile } from './profile';

// Pan-Dorset Safeguarding Children Partnership, "Contacts" chapter (shared/seeds/000): sections 1-6.
export const dorset: AuthorityProfile = {
  id: 'dorset',
  name: 'Dorset',
  partnership: 'Pan-Dorset Safeguarding Children Partnership',
  frontDoor: {
    name: 'Children’s Advice and Duty Service',
    short: 'ChAD',
    staffRole: 'ChAD consultant social worker',
    section: '§1',
  },
  openCase: { destination: 'the child’s allocated worker (recorded on Mosaic)', section: '§1' },
  hours: { kind: 'not-stated', note: 'The procedure does not give ChAD opening hours, so no contact is routed out of hours.' },
  outOfHours: { divert: 'none', serviceName: 'Not stated in Dorset’s procedure' },
  routing: {},
  decisionTimescale: { kind: 'hours', hours: 24 },
  consentOverride: 'not-informed-or-not-agreed',
  acknowledgedChannels: [],
  outcomes: [
    { outcome: 'no-further-action', localName: 'No further action', description: 'Not a child in need; nothing further from social care.' },
    { outcome: 'information-advice', localName: 'Information and advice', description: 'Not a child in need; the family or referrer is given information.' },
    { outcome: 'signpost', localName: 'Signposting to another agency', description: 'Not a child in need; another agency is better placed.' },
    { outcome: 'early-help', localName: 'Advice on early help support', description: 'Not a child in need; advice on arranging early help.' },
    { outcome: 'assessment', localName: 'Assessment (child in need, moderate need)', description: 'The manager authorises a Child and Family Assessment; the child is seen as soon as possible.' },
    { outcome: 'strategy-discussion', localName: 'Strategy discussion', description: 'Suspected significant harm: a strategy discussion decides whether a Section 47 enquiry starts.' },
  ],
  checklist: [
    item(ITEMS.childDetails, '§1'),
    item(ITEMS.address, '§1'),
    item(ITEMS.parentalResponsibility, '§1'),
    item(ITEMS.household, '§1'),
    item(ITEMS.identity, '§1'),
    item(ITEMS.needs, '§1'),
    item(ITEMS.events, '§1'),
  ],
  rules: [
    'INT-OPEN', 'INT-EMERGENCY', 'INT-CRIME', 'ANON-NONPRO-NO-DISCLOSE', 'CONSENT-MANAGER-OVERRIDE',
    'CONSENT-PROPORTIONATE', 'SCREEN-CHECKS', 'SCREEN-ESTABLISH', 'SCREEN-THRESHOLD', 'DEC-TIMESCALE', 'DEC-MANAGER',
    'DEC-OUTCOMES', 'DEC-SEEN', 'DEC-EMERGENCY-ACTION', 'DEC-STRATEGY', 'DEC-S27-COOPERATE', 'FB-PROFESSIONAL',
    'FB-PUBLIC', 'FB-FAMILY', 'REC-ALL',
  ],
  generalPractice: ['ANON-RECORD-EXPLAIN', 'ANON-PROFESSIONAL-NEVER'],
};
