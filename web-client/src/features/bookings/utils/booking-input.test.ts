import { describe, expect, it } from 'vitest';
import { checkAddress } from './booking-input';

const address = { street: '12 Rose Street', flat: '', postcode: '10115', city: 'Berlin', district: 'Mitte', country: 'DE' };

describe('an address, checked as the service checks it', () => {
  it('takes an address in any script', () => {
    const errors = checkAddress({ ...address, street: '新宿 3-1', city: '東京', district: 'Šibuya', postcode: '160 0022', country: 'JP' });
    expect(Object.values(errors).filter(Boolean)).toEqual([]);
  });

  it('refuses a street, a city or a district that names no place, in a sentence', () => {
    const errors = checkAddress({ ...address, street: '🏠', city: '10115', district: '❤' });
    expect(errors['address.street']).toBe('Write the street and house number in letters and digits.');
    expect(errors['address.city']).toBe('Write the name of the city.');
    expect(errors['address.district']).toBe('Write the name of the district.');
  });
});
