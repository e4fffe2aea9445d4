import type { AuthorityId } from '../contact/contact.schema';
import { derbyshire } from './derbyshire';
import { dorset } from './dorset';
import { hertfordshire } from './hertfordshire';
import { leicester } from './leicester';
import { lincolnshire } from './lincolnshire';
import type { AuthorityProfile } from './profile';

// The registry of profiles. Adding an authority: write its profile file and list it here (see README).
export const PROFILES: Record<AuthorityId, AuthorityProfile> = {
  dorset,
  hertfordshire,
  leicester,
  derbyshire,
  lincolnshire,
};

export function getProfile(id: AuthorityId): AuthorityProfile {
  return PROFILES[id];
}

export const PROFILE_LIST: AuthorityProfile[] = Object.values(PROFILES);
