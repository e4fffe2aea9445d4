import type { IrAction, IrDecision, RequesterAgency, RequestPurpose, SubjectStatus } from '../../../machines/info-request/info-request.schema';

export const AGENCY: Record<RequesterAgency, string> = {
  'other-local-authority': 'Another local authority', ukba: 'UK Border Agency (Home Office)', cafcass: 'Cafcass', police: 'Police',
  probation: 'Probation', school: 'School', nhs: 'NHS', ofsted: 'Ofsted', send: 'SEND service', 'mental-health': 'Mental health service',
  housing: 'Housing', court: 'Court', solicitor: 'Solicitor', other: 'Other',
};
export const PURPOSE: Record<RequestPurpose, string> = {
  's47-enquiry': 'Section 47 enquiry', safeguarding: 'Safeguarding a child', 'future-of-child': 'The child’s future in the UK',
  'crime-or-tax': 'Crime or tax (s.29)', 'rent-arrears': 'Rent arrears', 'detailed-history': 'Detailed case history',
  'subject-access': 'Subject access request', 'court-proceedings': 'Court proceedings', other: 'Other',
};
export const STATUS: Record<SubjectStatus, string> = {
  unknown: 'Not known', open: 'Open case', closed: 'Closed case', 'adult-former-recipient': 'Adult who had services as a child',
};
export const DECISION: Record<IrDecision, string> = {
  'await-identity-evidence': 'Ask for evidence of identity first',
  'data-protection-team': 'Pass to the Data Protection Team',
  'legal-helpdesk': 'Pass to the legal helpdesk',
  'allocated-worker': 'Pass to the allocated worker',
  'confirm-without-consent': 'Confirm without consent',
  'await-gov-uk-address': 'Ask for a .gov.uk reply address',
  'await-consent': 'Wait for consent',
  'confirm-known-status': 'Confirm whether the child is known',
  'team-processes': 'The team that works with the child handles it',
  'return-for-reasons': 'Return it asking for reasons',
  'disclose-with-consent': 'Disclose with consent',
  'not-covered': 'Not covered by this authority’s procedure',
};
export const ACTION: Record<IrAction, string> = {
  'open-contact': 'Open a contact record',
  'open-adult-contact': 'Open an adult contact record',
  'reply-to-gov-uk-only': 'Reply only to the .gov.uk address',
  'casenote-allocated-worker': 'Case-note it and tell the allocated worker',
  'seek-legal-advice': 'Take legal advice before sending copies',
};

/** A drafted reply to the requester, in our words, for the decision the machine reached. */
export function draftReply(decision: IrDecision, agency: RequesterAgency): string {
  const to = `Dear ${AGENCY[agency]},`;
  const body: Record<IrDecision, string> = {
    'await-identity-evidence': 'Before we can deal with your request, please send evidence that you are making it for a statutory agency.',
    'data-protection-team': 'Your request has been passed to our Data Protection Team, who will reply to you.',
    'legal-helpdesk': 'Your request has been passed to our legal helpdesk, who will reply to you.',
    'allocated-worker': 'The child’s allocated worker will reply to your request.',
    'confirm-without-consent': 'We can confirm the information you asked for. This reply goes only to your .gov.uk address.',
    'await-gov-uk-address': 'We can only reply to this kind of request at a .gov.uk email address. Please send it again from one.',
    'await-consent': 'We need written consent from the person concerned (or someone with parental responsibility) before we can reply.',
    'confirm-known-status': 'We can tell you whether the child or family is known to us, whether the case is open or closed, and when and why we were involved.',
    'team-processes': 'The team that works, or worked, with the child will deal with your request after taking legal advice.',
    'return-for-reasons': 'Please tell us why you need this history and the context of your request, so we can consider it.',
    'disclose-with-consent': 'Thank you for the consent. We will send the information it covers.',
    'not-covered': 'We will consider your request and reply.',
  };
  return `${to}\n\n${body[decision]}\n\nChildren’s Services`;
}
