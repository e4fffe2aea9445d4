import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { createQueryClient } from '../../src/app/query-client';
import { StartPage } from '../../src/app/routes/start-page';

function renderStartPage() {
  return render(
    <QueryClientProvider client={createQueryClient()}>
      <StartPage />
    </QueryClientProvider>,
  );
}

describe('start page', () => {
  it('names the service and lists the authorities from the API', async () => {
    renderStartPage();

    expect(screen.getByRole('heading', { level: 1, name: 'Front Door' })).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Authorities' });
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Dorset',
      'Hertfordshire',
      'Leicester',
      'Derbyshire',
      'Lincolnshire',
    ]);
  });

  it('says so when the authorities cannot be loaded', async () => {
    server.use(http.get('/api/authorities', () => new HttpResponse(null, { status: 500 })));
    renderStartPage();

    expect(await screen.findByRole('alert')).toHaveTextContent('could not be loaded');
    expect(screen.queryByRole('list', { name: 'Authorities' })).not.toBeInTheDocument();
  });
});
