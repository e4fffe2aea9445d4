import type { ReactNode } from 'react';
import type { ContactContext, ContactEvent } from '../../../../machines/contact/contact.machine';

export interface StepProps {
  context: ContactContext;
  /** Sends an event to the contact machine; false when the machine did not accept it where it stands. */
  send: (event: ContactEvent) => boolean;
  onBack?: () => void;
  aside: ReactNode;
  caption: string;
}
