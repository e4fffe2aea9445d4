import type { ChecklistItem } from './profile';

// The union of the information checklists in the five procedures, worded by us. Each profile picks the
// items its own procedure lists, in its own order, and adds the section it comes from.
type ItemText = Omit<ChecklistItem, 'section'>;

export const ITEMS = {
  childDetails: {
    id: 'child-details',
    label: 'Children’s names, dates of birth and gender',
    ask: 'Who are the children? Ask for each child’s full name, date of birth and gender.',
  },
  childDetailsAllSurnames: {
    id: 'child-details',
    label: 'Children’s names (every surname used), dates of birth and gender',
    ask: 'Who are the children? Ask for full names including any other surnames used, dates of birth and gender.',
  },
  address: {
    id: 'address',
    label: 'Family address and school or nursery',
    ask: 'Where does the family live, and which school or nursery does each child attend?',
  },
  addressWithPrevious: {
    id: 'address',
    label: 'Current and previous addresses, school or nursery',
    ask: 'Where does the family live now, where did they live before, and which school or nursery does each child attend?',
  },
  parentalResponsibility: {
    id: 'parental-responsibility',
    label: 'Who has parental responsibility',
    ask: 'Who has parental responsibility for each child?',
  },
  household: {
    id: 'household',
    label: 'Everyone in the household, with dates of birth',
    ask: 'Who else lives in the home? Names and dates of birth of each person.',
  },
  householdAllSurnames: {
    id: 'household',
    label: 'Everyone in the household (every surname used), with dates of birth',
    ask: 'Who else lives in the home? Names, including other surnames used, and dates of birth.',
  },
  identity: {
    id: 'identity',
    label: 'Ethnicity, first language and religion',
    ask: 'What are the ethnicity, first language and religion of the children and parents or carers?',
  },
  nationality: {
    id: 'nationality',
    label: 'Nationality and immigration status',
    ask: 'What nationality are the family, and do you know their immigration status?',
  },
  extendedFamily: {
    id: 'extended-family',
    label: 'Significant extended family or community',
    ask: 'Is there wider family or community who matter to the child?',
  },
  needs: {
    id: 'needs',
    label: 'Special or additional needs and communication',
    ask: 'Does any child have special or additional needs? How does the child communicate?',
  },
  events: {
    id: 'events',
    label: 'Significant recent or past events',
    ask: 'Has anything significant happened to the child or family, recently or in the past, including earlier concerns?',
  },
  cause: {
    id: 'cause',
    label: 'The cause for concern: what, who said so, when, where',
    ask: 'What has happened? Where did this information come from, and when and where did it happen?',
  },
  location: {
    id: 'location',
    label: 'Where the child is now and how they are',
    ask: 'Where is the child now, and how are they physically and emotionally?',
  },
  immediateProtection: {
    id: 'immediate-protection',
    label: 'Whether the child needs protecting now',
    ask: 'Is the child safe tonight, or do they need protecting straight away?',
  },
  perpetrator: {
    id: 'perpetrator',
    label: 'The alleged perpetrator',
    ask: 'Who is alleged to have caused the harm? What do you know about them?',
  },
  relationship: {
    id: 'relationship',
    label: 'Referrer’s relationship to the child and family',
    ask: 'How do you know the child and family, and how well?',
  },
  agencies: {
    id: 'agencies',
    label: 'Other agencies involved',
    ask: 'Which other services or professionals (school, GP, health visitor...) know the family, now or before?',
  },
  background: {
    id: 'background',
    label: 'Background, including strengths in the parenting',
    ask: 'What else is relevant? Include what goes well in the parents’ care as well as earlier worries.',
  },
  parentsKnowledge: {
    id: 'parents-knowledge',
    label: 'Parents’ knowledge of (and agreement to) the contact',
    ask: 'Do the parents know you are contacting us, and have they agreed to information being shared?',
  },
  familyIssues: {
    id: 'family-issues',
    label: 'Domestic abuse, mental health, substance misuse, learning difficulties',
    ask: 'Ask directly: is the household affected by domestic abuse, mental illness, drug or alcohol misuse, or learning difficulties?',
    mustAsk: true,
    rule: 'INFO-ASK-FAMILY-ISSUES',
  },
  familyIssuesLincolnshire: {
    id: 'family-issues',
    label: 'Parental drug or alcohol misuse, mental ill health',
    ask: 'Ask directly: are there worries about a parent’s drug or alcohol use or mental ill health?',
    mustAsk: true,
    rule: 'INFO-ASK-FAMILY-ISSUES',
  },
  natureOfConcern: {
    id: 'nature-of-concern',
    label: 'What the worry is, and how and why it arose',
    ask: 'What exactly is the worry, and how and why has it come about?',
  },
  childAndFamilyNeeds: {
    id: 'needs',
    label: 'Needs of the child and family (cultural, physical, psychological, medical)',
    ask: 'What does the child or family seem to need, including any needs from culture, health or disability?',
  },
  referrerShareable: {
    id: 'referrer-shareable',
    label: 'Whether the referrer’s identity can be shared with the family',
    ask: 'Can we tell the family who made this contact? (For a professional we assume the family will be told.)',
  },
  abuseOrNeglect: {
    id: 'abuse-or-neglect',
    label: 'Any abuse or neglect, and what the worry rests on',
    ask: 'Is there a worry about abuse or neglect? What is it based on?',
  },
  urgentAction: {
    id: 'urgent-action',
    label: 'Whether urgent action is needed to keep the children safe',
    ask: 'Does anything need to happen urgently to keep the children safe?',
  },
  professionalIdentity: {
    id: 'professional-identity',
    label: 'Professional’s name, job role and contact details',
    ask: 'Professionals: take your name, job role and how we can contact you.',
    rule: 'INFO-PROFESSIONAL-ID',
  },
  consultationConsent: {
    id: 'consultation-consent',
    label: 'Whether parents consented to the discussion',
    ask: 'Have the parents or carers agreed to us discussing the family by name?',
    rule: 'CONSENT-LEI-HYPOTHETICAL',
  },
} satisfies Record<string, ItemText>;

export function item(text: ItemText, section: string): ChecklistItem {
  return { ...text, section };
}
