import { describe, expect, it } from 'vitest';

import { loadEnv } from './env';

describe('TRUST_PROXY: which peers may name the client in X-Forwarded-For', () => {
  const CASES: [string, string | undefined, false | string[]][] = [
    ['unset → no proxy is trusted', undefined, false],
    ['empty → no proxy is trusted', '', false],
    ['one IPv4 address', '127.0.0.1', ['127.0.0.1']],
    ['one IPv6 address', '::1', ['::1']],
    [
      'a comma-separated list of addresses and CIDR ranges, spaces allowed',
      '10.0.0.0/8, 192.168.1.1 ,fd00::/8',
      ['10.0.0.0/8', '192.168.1.1', 'fd00::/8'],
    ],
    ['the named ranges of proxy-addr', 'loopback,uniquelocal', ['loopback', 'uniquelocal']],
  ];
  for (const [name, value, expected] of CASES) {
    it(name, () => {
      const env = loadEnv(value === undefined ? {} : { TRUST_PROXY: value });
      expect(env.TRUST_PROXY).toEqual(expected);
    });
  }

  const REFUSED: [string, string][] = [
    ['true (any client could name any address)', 'true'],
    ['a hop count (it cannot check who the peer is)', '1'],
    ['a word that is no address', 'my-proxy'],
    ['an IPv4 prefix longer than 32', '10.0.0.0/33'],
    ['one bad entry in a list', '127.0.0.1,nonsense'],
  ];
  for (const [name, value] of REFUSED) {
    it(`refuses ${name}, naming the variable`, () => {
      expect(() => loadEnv({ TRUST_PROXY: value })).toThrow(/TRUST_PROXY/);
    });
  }
});
