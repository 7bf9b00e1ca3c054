import { describe, expect, it } from 'vitest';

import { rat } from './rational';
import { addS, cmpS, radicalBasis, scaleS, subS, surdOf, toFixedS, toNumberS } from './surd';

describe('R-REV-NORM: exact square roots', () => {
  it('R-REV-NORM: √8 and 2·√2 are the same radical; √(1/2) is ½·√2', () => {
    const basis = radicalBasis();
    const two = basis.sqrt(rat(2n));
    expect(cmpS(basis.sqrt(rat(8n)), scaleS(two, rat(2n)))).toBe(0);
    expect(cmpS(basis.sqrt(rat(1n, 2n)), scaleS(two, rat(1n, 2n)))).toBe(0);
  });

  it('R-REV-NORM: a perfect square comes out rational', () => {
    expect(radicalBasis().sqrt(rat(9n, 4n))).toEqual(surdOf(rat(3n, 2n)));
  });

  it('R-REV-NORM: √2 + √3 against √(5 + 2√6) − 10⁻⁵⁰: the difference below 40 digits is still seen', () => {
    const basis = radicalBasis();
    const a = addS(basis.sqrt(rat(2n)), basis.sqrt(rat(3n)));
    const b = subS(a, surdOf(rat(1n, 10n ** 50n)));
    expect(cmpS(a, b)).toBe(1);
    expect(cmpS(b, a)).toBe(-1);
    expect(cmpS(a, a)).toBe(0);
  });

  it('R-REV-NORM: shown to 2 decimals from the exact value', () => {
    const basis = radicalBasis();
    expect(toFixedS(scaleS(basis.sqrt(rat(2n)), rat(100n)), 2)).toBe('141.42');
    expect(toFixedS(scaleS(basis.sqrt(rat(2n)), rat(-1n)), 2)).toBe('-1.41');
    expect(toNumberS(basis.sqrt(rat(2n)))).toBe(Math.SQRT2);
  });
});
