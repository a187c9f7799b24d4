import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Role } from '@factoryops/contracts';
import request from 'supertest';
import { createTestApp, type TestApp } from './test-app.js';

export type Method = 'get' | 'post' | 'patch' | 'delete';

/**
 * Calls `method base+path` as each role (and without credentials) and expects exactly the `allowed`
 * roles through — answered anything but 403 — the others 403, no one a 500, and the anonymous call 401.
 * An allowed call is made with an id nothing has, so it is refused for that (400 or 404) and changes nothing.
 */
export async function expectOnlyAllowed<R extends string>(
  t: TestApp,
  tokens: Record<R, string>,
  [method, path, allowed]: [Method, string, readonly R[]],
  base: string,
): Promise<void> {
  const roles = Object.keys(tokens) as R[];
  const answers = {} as Record<R, number>;
  for (const role of roles) {
    const call = request(t.http)[method](`${base}${path}`).set('authorization', tokens[role]);
    answers[role] = (method === 'get' || method === 'delete' ? await call : await call.send({})).status;
  }
  const expected = Object.fromEntries(roles.map((role) => [role, allowed.includes(role) ? 'allowed' : 403]));
  const seen = Object.fromEntries(
    roles.map((role) => [role, answers[role] === 403 ? 403 : answers[role] === 401 ? 401 : 'allowed']),
  );
  expect(seen).toEqual(expected);
  expect(Object.values<number>(answers).every((status) => status < 500)).toBe(true);
  expect((await request(t.http)[method](`${base}${path}`)).status).toBe(401);
}

/**
 * A describe block checking every row of `matrix` (method, path below `base`, the roles let through)
 * with expectOnlyAllowed, as a user of each of `roles` signed in on one app.
 */
export function describePermissionMatrix<R extends Role>(
  title: string,
  roles: readonly R[],
  matrix: [method: Method, path: string, allowed: readonly R[]][],
  base: string,
): void {
  describe(title, () => {
    let t: TestApp;
    const tokens = {} as Record<R, string>;

    beforeAll(async () => {
      t = await createTestApp();
      for (const role of roles)
        tokens[role] = (await t.login(await t.createUser({ roles: [role] }))).authorization;
    });
    afterAll(() => t.close());

    it.each(matrix)('%s %s', (method, path, allowed) =>
      expectOnlyAllowed(t, tokens, [method, path, allowed], base),
    );
  });
}
