import type { AuthorityId, Channel, Outcome, Role } from '../contact/contact.schema';
import type { RuleId } from '../rules/rule-ids';

// An authority profile is the data that configures the one contact machine for one local authority.
// Differences between authorities live here, never as `if (authority === ...)` in the machine.

/** A weekly opening window in London local time; `to` is exclusive (08:00-20:00 means 19:59 is open, 20:00 is not). */
export interface OpeningWindow {
  /** ISO weekdays, Monday = 1 ... Sunday = 7. */
  days: number[];
  from: string; // 'HH:mm'
  to: string; // 'HH:mm'
}

export type FrontDoorHours =
  | { kind: 'always-open'; note: string }
  | { kind: 'not-stated'; note: string }
  | {
      kind: 'weekly';
      windows: OpeningWindow[];
      /** Closed on England-and-Wales bank holidays. */
      closedOnBankHolidays: boolean;
      /** Set when part of this is our assumption because the procedure is silent (shown as "assumed" in the app). */
      assumption?: string;
    };

export interface OutOfHoursPolicy {
  /**
   * Which contacts received outside front-door hours go to the out-of-hours service (INT-OOH):
   * 'all' every contact; 'significant-harm' only significant harm or immediate danger (LIN §1); 'none' never.
   */
  divert: 'all' | 'significant-harm' | 'none';
  serviceName: string;
}

export type Timescale = { kind: 'hours'; hours: number } | { kind: 'working-days'; days: number };

export interface OutcomeOption {
  outcome: Outcome;
  /** The authority's own name for it. */
  localName: string;
  /** Our paraphrase of what it means there. */
  description: string;
}

export interface ChecklistItem {
  id: string;
  /** Short label in our own words. */
  label: string;
  /** What the call handler asks, in our own words. */
  ask: string;
  /** Must be asked on every contact (answered or recorded as not known) before information gathering ends. */
  mustAsk?: boolean;
  rule?: RuleId;
  section: string;
}

export interface AuthorityProfile {
  id: AuthorityId;
  name: string;
  partnership: string;
  /** The front door's own name and short form, e.g. Children's Advice and Duty Service (ChAD). */
  frontDoor: { name: string; short: string; staffRole: string; section: string };
  /** Where information on an open case goes and who takes it if the worker is unavailable (INT-OPEN, INT-OPEN-UNAVAILABLE). */
  openCase: { destination: string; ifUnavailable?: string; section: string };
  hours: FrontDoorHours;
  outOfHours: OutOfHoursPolicy;
  /** Routing options only some authorities have. */
  routing: {
    /** HER: schools and early years consult the Consultation Hub before a child-protection referral (INT-HUB). */
    consultationHub?: { name: string; agencies: string[]; hoursNote: string };
    /** DER: professionals below the child-protection threshold use the online request for support (INT-FORMS). */
    onlineRequest?: { name: string };
    /** HER: concerns about adults who work with children go to the Managing Allegations procedure (INT-ALLEGATION). */
    managingAllegations?: { name: string };
  };
  decisionTimescale: Timescale;
  /**
   * Who must authorise sharing with other agencies without the parents (CONSENT-MANAGER-OVERRIDE):
   * 'not-informed-or-not-agreed' (DOR, HER), 'not-informed' (DER asks about knowledge only), 'none' (not stated).
   */
  consentOverride: 'not-informed-or-not-agreed' | 'not-informed' | 'none';
  /** Channels whose contacts are acknowledged within one working day (FB-ACK); empty when not stated. */
  acknowledgedChannels: Channel[];
  /** Working days after which the referrer chases an unacknowledged contact (FB-CHASE). */
  chaseAfterWorkingDays?: number;
  /** HER: for significant harm, the decision to start a strategy discussion and S47 within this many hours (DEC-SEEN). */
  strategyDecisionHours?: number;
  /** HER: after an assessment decision, the child is seen within this many working days (DEC-SEEN). */
  childSeenWorkingDays?: number;
  /** The decision's outcome list under the authority's own names (DEC-OUTCOMES). */
  outcomes: OutcomeOption[];
  /**
   * LEI §6 (LEI-SIBLINGS): after a contact is progressed to a referral, the screening manager decides whether
   * the referral is copied to the subject child's siblings (or, with a rationale, not progressed for them).
   */
  siblingReferral?: {
    /** Who decides: the screening (team) manager. */
    byRole: Role;
    /** The outcomes that make the contact a referral, which is what can be copied. */
    referralOutcomes: Outcome[];
    /** The sibling's referral is progressed within this many working days of the original referral. */
    progressWithinWorkingDays: number;
    section: string;
  };
  /**
   * LEI §6 (LEI-CLOSURE-AT-REFERRAL): a referral closed at referral is closed only once the agreement with
   * early help or the other professional and a summary of why no assessment is needed are recorded.
   */
  closureAtReferral?: { section: string };
  /** The information the front door asks for, in order. */
  checklist: ChecklistItem[];
  /** Rules of procedure-rules.md that this authority's procedure contains: switches for the on/off rules. */
  rules: RuleId[];
  /**
   * Rules the contract applies to every authority although this authority's procedure does not state them
   * (for example calling 999 in an emergency). Shown in the app as "applied as general practice".
   */
  generalPractice?: RuleId[];
}

export function hasRule(profile: AuthorityProfile, rule: RuleId): boolean {
  return profile.rules.includes(rule);
}
