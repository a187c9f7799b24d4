import { describe, expect, it } from '@jest/globals';
import { parseEnv } from './env.js';

describe('parseEnv', () => {
  it('applies defaults', () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.FACTORYOPS_DEMO).toBe(false);
    expect(env.ACCESS_TOKEN_TTL_SECONDS).toBe(900);
    expect([env.SITE_CURRENCY, env.VAT_RATE]).toEqual(['ZAR', '15']);
    expect([env.SAGE_AUTH_URL, env.SAGE_TOKEN_URL, env.SAGE_API_URL]).toEqual([
      'https://www.sageone.com/oauth2/auth/central?filter=apiv3.1',
      'https://oauth.accounting.sage.com/token',
      'https://api.accounting.sage.com/v3.1',
    ]);
    expect(env.SAGE_CLIENT_ID).toBeUndefined();
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x/y' }, 'DATABASE_URL'],
    [{ JWT_SECRET: 'short' }, 'JWT_SECRET'],
    [{ FACTORYOPS_DEMO: 'maybe' }, 'FACTORYOPS_DEMO'],
    [{ ADMIN_EMAIL: 'boss@example.com' }, 'ADMIN_PASSWORD'],
    [{ BODY_LIMIT: 'lots' }, 'BODY_LIMIT'],
    [{ SITE_CURRENCY: 'rand' }, 'SITE_CURRENCY'],
    [{ VAT_RATE: '15%' }, 'VAT_RATE'],
    [{ VAT_RATE: '7.125' }, 'VAT_RATE'],
    [{ VAT_RATE: '150' }, 'VAT_RATE'],
    [{ LOW_STOCK_DIGEST_AT: '7am' }, 'LOW_STOCK_DIGEST_AT'],
    [{ LOW_STOCK_DIGEST_AT: '24:00' }, 'LOW_STOCK_DIGEST_AT'],
    [{ SAGE_CLIENT_ID: 'app-id' }, 'SAGE_CLIENT_SECRET'],
    [{ SAGE_TOKEN_URL: 'not a url' }, 'SAGE_TOKEN_URL'],
    [{ SAGE_MAX_ATTEMPTS: '0' }, 'SAGE_MAX_ATTEMPTS'],
  ])('rejects %j naming %s', (source, variable) => {
    expect(() => parseEnv(source)).toThrow(new RegExp(`^Invalid configuration:\\n\\s+${variable}:`));
  });

  it('treats empty values as unset', () => {
    expect(parseEnv({ DATABASE_URL: '', PORT: '' }).DATABASE_URL).toBeUndefined();
  });
});
