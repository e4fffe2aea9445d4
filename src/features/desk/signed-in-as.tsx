import { ROLE_NAMES, signOut, useSignedIn } from '../../lib/session';
import { navigate } from '../../lib/router';
import { getProfile } from '../../../machines/authorities';

/** The header's account line: who is signed in, with links to change it and to sign out. */
export function SignedInAs() {
  const user = useSignedIn();
  if (!user) {
    return (
      <a className="govuk-header__link" href="/sign-in">
        Sign in
      </a>
    );
  }
  return (
    <span className="fd-signed-in" data-testid="signed-in-as">
      <span>
        {user.name}, {ROLE_NAMES[user.role].toLowerCase()}, {getProfile(user.authority).name}
      </span>{' '}
      <a className="govuk-header__link" href="/sign-in">
        Change<span className="govuk-visually-hidden"> who is signed in</span>
      </a>{' '}
      {/* A button, not a link: it changes state. Native, so Enter and Space work and it is in the tab order. */}
      <button
        type="button"
        className="govuk-header__link fd-header-button"
        onClick={() => {
          signOut();
          navigate('/sign-in');
        }}
      >
        Sign out
      </button>
    </span>
  );
}
