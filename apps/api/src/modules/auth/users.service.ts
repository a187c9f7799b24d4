import { Injectable } from '@nestjs/common';
import type {
  CreateUserInput,
  Page,
  Role,
  UpdateUserInput,
  User,
  UserListQuerySchema,
} from '@factoryops/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import {
  ConflictError,
  NotFoundError,
  PermissionDeniedError,
  RuleViolationError,
} from '../../common/domain-errors.js';
import { containsPattern } from '../../common/like-pattern.js';
import { fetchPage } from '../../common/paging.js';
import type { UserPrincipal } from '../../common/principal.js';
import { UnitOfWork, type Work } from '../../database/unit-of-work.js';
import { createdFields, diffFields } from '../audit/audit-diff.js';
import { entityChanged } from '../realtime/domain-events.js';
import { AuthService } from './auth.service.js';
import { hashPassword } from './password-hasher.js';
import { UserEntity } from './user.entity.js';
import { toUserDto, userAuditSnapshot } from './user.mapper.js';

type UserListQuery = z.output<typeof UserListQuerySchema>;

/** Who may act on whom: only admins manage admins or hand out the admin role. */
function assertMayManage(actor: UserPrincipal | 'system', target: { roles: Role[] }, newRoles?: Role[]) {
  if (actor === 'system' || actor.roles.includes('admin')) return;
  if (target.roles.includes('admin') || newRoles?.includes('admin')) {
    throw new PermissionDeniedError(
      'Only an administrator can manage administrators or grant the admin role',
    );
  }
}

const SORT_COLUMNS: Record<string, string> = {
  email: 'u.email',
  displayName: 'u.display_name',
  createdAt: 'u.created_at',
  lastLoginAt: 'u.last_login_at',
};

@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
    private readonly auth: AuthService,
  ) {}

  async list(query: UserListQuery): Promise<Page<User>> {
    const builder = this.dataSource.getRepository(UserEntity).createQueryBuilder('u');
    if (query.q) {
      builder.andWhere('(u.email ILIKE :q OR u.display_name ILIKE :q)', { q: containsPattern(query.q) });
    }
    if (query.role) builder.andWhere(':role = ANY(u.roles)', { role: query.role });
    if (query.active !== undefined) builder.andWhere('u.active = :active', { active: query.active });
    const descending = query.sort.startsWith('-');
    const column = SORT_COLUMNS[query.sort.replace('-', '')];
    builder
      .orderBy(column, descending ? 'DESC' : 'ASC', descending ? 'NULLS LAST' : 'NULLS FIRST')
      .addOrderBy('u.id', 'ASC');
    return fetchPage(builder, query, toUserDto);
  }

  async get(id: string): Promise<User> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id });
    if (!user) throw new NotFoundError('User', id);
    return toUserDto(user);
  }

  async findByEmail(email: string): Promise<User | null> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ email: email.toLowerCase() });
    return user ? toUserDto(user) : null;
  }

  async create(input: CreateUserInput, actor: UserPrincipal | 'system'): Promise<User> {
    assertMayManage(actor, { roles: [] }, input.roles);
    const passwordHash = await hashPassword(input.password);
    return this.unitOfWork.run(async (work) => {
      const email = input.email.toLowerCase();
      if (await work.manager.existsBy(UserEntity, { email })) {
        throw new ConflictError('A user with this email already exists', 'email');
      }
      const user = await work.manager.save(
        work.manager.create(UserEntity, {
          email,
          displayName: input.displayName,
          passwordHash,
          roles: [...new Set(input.roles)],
          active: true,
          lastLoginAt: null,
        }),
      );
      await work.audit({
        entityType: 'user',
        entityId: user.id,
        action: 'create',
        changes: createdFields(userAuditSnapshot(user)),
      });
      work.emitAfterCommit(entityChanged('user', user.id, 'create'));
      return toUserDto(user);
    });
  }

  async update(id: string, input: UpdateUserInput, actor: UserPrincipal): Promise<User> {
    return this.unitOfWork.run(async (work) => {
      const user = await this.lockUser(work.manager, id);
      if (input.version !== undefined && input.version !== user.version) {
        throw new ConflictError('Someone else changed this user meanwhile. Reload and try again.', 'version');
      }
      const roles = input.roles ? [...new Set(input.roles)] : undefined;
      assertMayManage(actor, user, roles);
      const before = userAuditSnapshot(user);
      const losesAdmin =
        user.roles.includes('admin') &&
        user.active &&
        ((roles !== undefined && !roles.includes('admin')) || input.active === false);
      if (losesAdmin) await this.assertAnotherActiveAdmin(work.manager, id, roles ? 'roles' : 'active');

      if (input.displayName !== undefined) user.displayName = input.displayName;
      if (roles !== undefined) user.roles = roles;
      if (input.active !== undefined) user.active = input.active;
      const changes = diffFields(before, userAuditSnapshot(user));
      if (Object.keys(changes).length === 0) return toUserDto(user);
      const saved = await work.manager.save(user);
      await work.audit({ entityType: 'user', entityId: id, action: 'update', changes });
      if (input.active === false) await this.endSessions(work, id, 'account deactivated');
      work.emitAfterCommit(entityChanged('user', id, 'update'));
      return toUserDto(saved);
    });
  }

  async resetPassword(id: string, password: string, actor: UserPrincipal): Promise<void> {
    const passwordHash = await hashPassword(password);
    await this.unitOfWork.run(async (work) => {
      const user = await this.lockUser(work.manager, id);
      assertMayManage(actor, user);
      user.passwordHash = passwordHash;
      await work.manager.save(user);
      await work.audit({ entityType: 'user', entityId: id, action: 'password_reset' });
      await this.endSessions(work, id, 'password reset');
      work.emitAfterCommit(entityChanged('user', id, 'password_reset'));
    });
  }

  async revokeSessions(id: string, actor: UserPrincipal): Promise<void> {
    await this.unitOfWork.run(async (work) => {
      const user = await this.lockUser(work.manager, id);
      assertMayManage(actor, user);
      const count = await this.endSessions(work, id, 'revoked by an administrator');
      await work.audit({
        entityType: 'user',
        entityId: id,
        action: 'sessions_revoke',
        changes: { openSessions: { from: count, to: 0 } },
      });
    });
  }

  private async endSessions(work: Work, userId: string, reason: string) {
    const count = await this.auth.revokeSessions(work.manager, { userId }, reason);
    work.emitAfterCommit({ type: 'session.revoked', userId, sessionIds: 'all', reason });
    return count;
  }

  private async lockUser(manager: EntityManager, id: string): Promise<UserEntity> {
    const user = await manager.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!user) throw new NotFoundError('User', id);
    return user;
  }

  /** The last active admin can be neither demoted nor deactivated. Admin rows are locked to serialise this. */
  private async assertAnotherActiveAdmin(
    manager: EntityManager,
    exceptId: string,
    field: string,
  ): Promise<void> {
    const others: unknown[] = await manager.query(
      `SELECT id FROM users WHERE active AND 'admin' = ANY(roles) AND id <> $1 FOR UPDATE`,
      [exceptId],
    );
    if (others.length === 0) {
      throw new RuleViolationError(
        'This is the last active administrator: make another user an administrator first',
        field,
      );
    }
  }
}
