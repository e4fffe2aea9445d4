import { http, HttpResponse } from 'msw';

// Synthetic only: the five authorities whose published front-door procedures the app models.
// The procedure engine owns what each authority does; this endpoint only says which ones exist.
export const authorities = [
  { id: 'dorset', name: 'Dorset' },
  { id: 'hertfordshire', name: 'Hertfordshire' },
  { id: 'leicester', name: 'Leicester' },
  { id: 'derbyshire', name: 'Derbyshire' },
  { id: 'lincolnshire', name: 'Lincolnshire' },
];

export const authoritiesHandlers = [http.get('/api/authorities', () => HttpResponse.json(authorities))];
