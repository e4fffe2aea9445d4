import { useSyncExternalStore } from 'react';
import { z } from 'zod';
import { authorityIdSchema, roleSchema, type AuthorityId, type Role } from '../../machines/contact/contact.schema';
import { DEFAULT_SESSION, getSession, setSession } from '../api/problem';

// Who is signed in. There is no real login in the prototype: the sign-in page picks a mock user for an
// authority and a role, this module hands it to the API client (X-User, X-Role) and remembers it in
// localStorage so a reload keeps it. The header reads it through `useSignedIn`.

export const ROLE_NAMES: Record<Role, string> = {
  'call-handler': 'Call handler',
  'social-worker': 'Social worker',
  'team-manager': 'Team manager',
  trainer: 'Trainer',
};

const signedInSchema = z.object({ name: z.string().min(1).max(200), role: roleSchema, authority: authorityIdSchema });
export type SignedIn = z.infer<typeof signedInSchema>;

const STORAGE_KEY = 'front-door:session';
const CHANGED = 'frontdoor:session';

// Fictional staff, one per authority and role.
const FIRST_NAMES: Record<Role, string[]> = {
  'call-handler': ['Amira', 'Ben', 'Chloe', 'Dev', 'Ellie'],
  'social-worker': ['Farah', 'George', 'Hana', 'Isaac', 'Jade'],
  'team-manager': ['Kofi', 'Laura', 'Mo', 'Nina', 'Owen'],
  trainer: ['Pat', 'Quinn', 'Rosa', 'Sam', 'Tariq'],
};
const SURNAMES: Record<AuthorityId, string> = {
  dorset: 'Ashby',
  hertfordshire: 'Hale',
  leicester: 'Patel',
  derbyshire: 'Moss',
  lincolnshire: 'Lowe',
};
const AUTHORITY_INDEX: Record<AuthorityId, number> = { dorset: 0, hertfordshire: 1, leicester: 2, derbyshire: 3, lincolnshire: 4 };

export function mockUser(authority: AuthorityId, role: Role): SignedIn {
  const first = FIRST_NAMES[role][AUTHORITY_INDEX[authority]] ?? 'Alex';
  return { name: `${first} ${SURNAMES[authority]}`, role, authority };
}

let current: SignedIn | undefined;

function read(): SignedIn | undefined {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    if (!raw) return undefined;
    const parsed = signedInSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** Called once at start-up: a remembered sign-in becomes the API client's session again. */
export function restoreSession(): void {
  current = read();
  if (current) setSession({ name: current.name, role: current.role });
}

export function signIn(user: SignedIn): void {
  current = user;
  setSession({ name: user.name, role: user.role });
  try {
    localStorage.setItem(STORAGE_KEY, JSON.stringify(user));
  } catch {
    // Private browsing without storage: signed in for this tab only.
  }
  window.dispatchEvent(new Event(CHANGED));
}

export function signOut(): void {
  current = undefined;
  setSession(DEFAULT_SESSION);
  try {
    localStorage.removeItem(STORAGE_KEY);
  } catch {
    // Nothing remembered.
  }
  window.dispatchEvent(new Event(CHANGED));
}

function subscribe(onChange: () => void) {
  window.addEventListener(CHANGED, onChange);
  return () => window.removeEventListener(CHANGED, onChange);
}

/** The signed-in user, or undefined (the API then acts as the demo call handler). */
export function useSignedIn(): SignedIn | undefined {
  return useSyncExternalStore(subscribe, () => current);
}

/** The role requests go out with, signed in or not. */
export const currentRole = (): Role => getSession().role;
