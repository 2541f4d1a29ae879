import { describe, expect, it } from 'vitest';
import { type Actor, anonymous } from '../../vocabulary/actor.ts';
import { countriesInOrder, ownCountry, ownCountryFirst } from './own-country.ts';

const user = (grants: Extract<Actor, { kind: 'user' }>['grants']): Actor => ({
  kind: 'user',
  userId: 'u',
  email: 'u@example.org',
  name: 'U',
  grants,
});

describe('ownCountry', () => {
  it('is the country of the page language', () => {
    expect(ownCountry('sv', anonymous)).toBe('SE');
    expect(ownCountry('nb', anonymous)).toBe('NO');
    // The page language wins over a role elsewhere.
    const inAsker = user([{ role: 'staff', municipalityId: 'NO-3203', departmentId: null }]);
    expect(ownCountry('sv', inAsker)).toBe('SE');
  });

  it('is Sweden in English unless the reader holds a role in Norway', () => {
    expect(ownCountry('en', anonymous)).toBe('SE');
    expect(
      ownCountry('en', user([{ role: 'admin', municipalityId: 'SE-0127', departmentId: null }])),
    ).toBe('SE');
    expect(
      ownCountry('en', user([{ role: 'manager', municipalityId: 'NO-3203', departmentId: null }])),
    ).toBe('NO');
    expect(ownCountry('en', user([{ role: 'coordinator', countyId: 'NO-32' }]))).toBe('NO');
    expect(ownCountry('en', user([{ role: 'coordinator', countyId: null }]))).toBe('SE');
  });
});

describe('ownCountryFirst', () => {
  it('moves the own country ahead and keeps each country in its order', () => {
    const items = ['NO-a', 'NO-b', 'SE-a', 'SE-b', 'NO-c'];
    const country = (s: string) => s.slice(0, 2);
    expect(ownCountryFirst(items, country, 'SE')).toEqual(['SE-a', 'SE-b', 'NO-a', 'NO-b', 'NO-c']);
    expect(ownCountryFirst(items, country, 'NO')).toEqual(['NO-a', 'NO-b', 'NO-c', 'SE-a', 'SE-b']);
    expect(countriesInOrder('NO')).toEqual(['NO', 'SE']);
  });
});
