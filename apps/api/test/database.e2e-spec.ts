import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { UnitOfWork } from '../src/database/unit-of-work.js';
import { UserEntity } from '../src/modules/auth/user.entity.js';
import { createTestApp, type TestApp } from './test-app.js';

describe('database', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('has migrations that build exactly the schema the entities describe', async () => {
    const pending = await t.dataSource.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('leaves nothing written when a step inside a multi-row change fails', async () => {
    const unitOfWork = t.app.get(UnitOfWork);
    const before = await t.dataSource.query('SELECT count(*)::int AS n FROM audit_entries');
    await expect(
      unitOfWork.run(async (work) => {
        const user = await work.manager.save(
          work.manager.create(UserEntity, {
            email: 'halfway@test.local',
            displayName: 'Half',
            passwordHash: 'x',
            roles: ['viewer'],
          }),
        );
        await work.audit({ entityType: 'user', entityId: user.id, action: 'create' });
        throw new Error('the third step failed');
      }),
    ).rejects.toThrow('the third step failed');
    expect(
      await t.dataSource.getRepository(UserEntity).findOneBy({ email: 'halfway@test.local' }),
    ).toBeNull();
    expect(await t.dataSource.query('SELECT count(*)::int AS n FROM audit_entries')).toEqual(before);
  });
});
