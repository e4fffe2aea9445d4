import { ROLE_NAMES, useSignedIn } from '../../lib/session';
import { getProfile } from '../../../machines/authorities';

/** The header's account line: who is signed in, with a link to change it. */
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
      </a>
    </span>
  );
}
