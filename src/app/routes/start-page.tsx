import { useAuthorities } from '../../api/authorities';

export function StartPage() {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-xl">Front Door</h1>
        <p className="govuk-body-l">
          Front Door guides call handlers at a children’s services front door through a contact about a child:
          who is calling, what has happened, what consent there is and where the contact should go next,
          following the published procedure of the chosen authority and showing where each step is written.
        </p>
        <a href="/contacts/new" role="button" draggable="false" className="govuk-button govuk-button--start" data-module="govuk-button">
          Start a contact
          <svg className="govuk-button__start-icon" xmlns="http://www.w3.org/2000/svg" width="17.5" height="19" viewBox="0 0 33 40" aria-hidden="true" focusable="false">
            <path fill="currentColor" d="M0 0h13l20 20-20 20H0l20-20z" />
          </svg>
        </a>
        <p className="govuk-body">
          <a className="govuk-link" href="/contacts">
            See drafts and recorded contacts
          </a>
        </p>
        <p className="govuk-body">
          <a className="govuk-link" href="/chart/contact/hertfordshire">
            See the procedure as a state chart
          </a>
        </p>
        <AuthorityList />
      </div>
    </div>
  );
}

function AuthorityList() {
  const authorities = useAuthorities();

  return (
    <>
      <h2 className="govuk-heading-m" id="authorities-heading">
        Authorities
      </h2>
      {authorities.isPending && <p className="govuk-body">Loading authorities…</p>}
      {authorities.isError && (
        <p className="govuk-body" role="alert">
          The list of authorities could not be loaded. Refresh the page to try again.
        </p>
      )}
      {authorities.isSuccess && (
        <ul className="govuk-list govuk-list--bullet" aria-labelledby="authorities-heading">
          {authorities.data.map((authority) => (
            <li key={authority.id}>{authority.name}</li>
          ))}
        </ul>
      )}
    </>
  );
}
