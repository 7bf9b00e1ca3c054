import { describe, expect, it } from 'vitest';

import { identityKey } from './identity';

describe('identityKey', () => {
  it('R-GEN-IDENTITY: the same passport typed two ways is one person', () => {
    const a = identityKey({
      passportNumber: 'ab 123-456',
      passportCountry: 'pk',
      birthOn: '1995-06-01',
    });
    const b = identityKey({
      passportNumber: 'AB123456',
      passportCountry: 'PK',
      birthOn: '1995-06-01',
    });
    expect(a).toBe(b);
  });

  it('R-GEN-IDENTITY: another birth date or issuing country is another person', () => {
    const base = { passportNumber: 'AB123456', passportCountry: 'PK', birthOn: '1995-06-01' };
    expect(identityKey({ ...base, birthOn: '1995-06-02' })).not.toBe(identityKey(base));
    expect(identityKey({ ...base, passportCountry: 'IN' })).not.toBe(identityKey(base));
  });
});
