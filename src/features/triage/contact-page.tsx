import { useContact } from '../../api/contacts';
import { ContactWizard, type ContactWizardProps } from './contact-wizard';

/** Loads a contact and runs the wizard on it; a reload lands here and resumes at the same step. */
/** `wizard` passes props on to the wizard (training: hints hidden, the caller panel, its own end). */
export function ContactPage({ id, ...wizard }: { id: string } & Omit<ContactWizardProps, 'record'>) {
  const contact = useContact(id);
  if (contact.isPending) return <p className="govuk-body">Loading the contact…</p>;
  if (contact.isError) {
    return (
      <>
        <h1 className="govuk-heading-l">Contact not found</h1>
        <p className="govuk-body">{contact.error.message}</p>
        <p className="govuk-body">
          <a className="govuk-link" href="/contacts">
            Back to contacts
          </a>
        </p>
      </>
    );
  }
  return <ContactWizard key={contact.data.id} record={contact.data} {...wizard} />;
}
