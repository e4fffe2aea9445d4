import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { getSession } from '../../src/api/problem';
import { SignedInAs } from '../../src/features/desk/signed-in-as';
import { mockUser, signIn, signOut } from '../../src/lib/session';

// The header's account line: who is signed in, and signing out with the keyboard alone.

afterEach(() => signOut());

describe('signed in as, in the header', () => {
  it('signs out with the keyboard: Tab to the button, Enter; the header offers Sign in and requests go out as nobody signed in', async () => {
    const user = userEvent.setup();
    signIn(mockUser('leicester', 'team-manager'));
    window.history.pushState(null, '', '/desk');
    render(<SignedInAs />);
    expect(screen.getByTestId('signed-in-as')).toHaveTextContent('Mo Patel, team manager, Leicester');
    expect(getSession().role).toBe('team-manager');

    await user.tab(); // the Change link
    await user.tab();
    expect(screen.getByRole('button', { name: 'Sign out' })).toHaveFocus();
    await user.keyboard('{Enter}');

    expect(await screen.findByRole('link', { name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByTestId('signed-in-as')).not.toBeInTheDocument();
    expect(localStorage.getItem('front-door:session')).toBeNull();
    expect(getSession().role).not.toBe('team-manager');
    expect(window.location.pathname).toBe('/sign-in');
  });
});
