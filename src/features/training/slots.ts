import type { ReactNode } from 'react';
import type { AuthorityId } from '../../../machines/contact/contact.schema';
import type { Requester, Subject } from '../../../machines/info-request/info-request.schema';
import type { ContactRecord } from '../../api/contacts';

// What training borrows from other features, passed in by src/app/app.tsx (features do not import each
// other). The types are declared here, structurally matching the components app.tsx passes.

/** The triage wizard on a contact (ContactPage): training hides hints in assessed mode and takes over after submission. */
export interface WizardSlotProps {
  id: string;
  hideHints?: boolean;
  onSubmitted?: (record: ContactRecord) => void;
  asideExtra?: ReactNode;
  onStep?: (step: string) => void;
}

/** The information-request form (InfoRequestForm) without logging: training scores what the trainee entered. */
export interface RequestFormSlotProps {
  onSubmitValue: (value: { authority: AuthorityId; requester: Requester; subject: Subject }) => Promise<void>;
  submitLabel: string;
  defaultAuthority?: AuthorityId;
  caption?: string;
  aside?: ReactNode;
}

/** The chart helper's PathCompareChart. */
export interface PathChartSlotProps {
  machine: 'contact' | 'info-request';
  authority: AuthorityId;
  traineePath: readonly string[];
  expectedPath: readonly string[];
}

export interface TrainingSlots {
  renderWizard: (props: WizardSlotProps) => ReactNode;
  renderRequestForm?: (props: RequestFormSlotProps) => ReactNode;
  renderPathChart?: (props: PathChartSlotProps) => ReactNode;
}
