import { Injectable } from '@nestjs/common';
import type { CreateTeamInputSchema, PersonRef, Team, UpdateTeamInput } from '@factoryops/contracts';
import { DataSource, type EntityManager } from 'typeorm';
import type { z } from 'zod';
import { ConflictError, NotFoundError } from '../../common/domain-errors.js';
import { UnitOfWork, type Work } from '../../database/unit-of-work.js';
import { createdFields, diffFields } from '../audit/audit-diff.js';
import { UserEntity } from '../auth/user.entity.js';
import { personRef, toTeamDto } from './maintenance.mapper.js';
import { loadPeople } from './people.js';
import { TeamEntity } from './team.entity.js';

type CreateTeamInput = z.output<typeof CreateTeamInputSchema>;

const snapshot = (team: TeamEntity) => ({
  name: team.name,
  description: team.description,
  memberIds: (team.members ?? []).map((member) => member.id).sort(),
});

/** Maintenance teams and their members (the technicians of their requests). */
@Injectable()
export class TeamsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  async list(): Promise<Team[]> {
    const teams = await this.dataSource
      .getRepository(TeamEntity)
      .find({ relations: { members: true }, order: { name: 'ASC' } });
    return teams.map(toTeamDto);
  }

  /** Active users: who may become a team member or be responsible for a machine. */
  async people(): Promise<PersonRef[]> {
    const users = await this.dataSource
      .getRepository(UserEntity)
      .find({ where: { active: true }, order: { displayName: 'ASC' } });
    return users.map(personRef);
  }

  async create(input: CreateTeamInput): Promise<Team> {
    return this.unitOfWork.run(async (work) => {
      await this.assertNameFree(work.manager, input.name);
      const team = await work.manager.save(
        work.manager.create(TeamEntity, {
          name: input.name,
          description: input.description,
          members: await loadPeople(work.manager, input.memberIds, 'memberIds'),
        }),
      );
      await work.audit({
        entityType: 'maintenance_team',
        entityId: team.id,
        action: 'create',
        changes: createdFields(snapshot(team)),
      });
      announce(work);
      return toTeamDto(team);
    });
  }

  async update(id: string, input: UpdateTeamInput): Promise<Team> {
    return this.unitOfWork.run(async (work) => {
      const team = await this.find(work.manager, id);
      if (input.version !== undefined && input.version !== team.version)
        throw new ConflictError('Someone else changed this team meanwhile. Reload and try again.', 'version');
      const before = snapshot(team);
      if (input.name !== undefined && input.name !== team.name) {
        await this.assertNameFree(work.manager, input.name);
        team.name = input.name;
      }
      if (input.description !== undefined) team.description = input.description;
      if (input.memberIds) team.members = await loadPeople(work.manager, input.memberIds, 'memberIds');
      const saved = await work.manager.save(team);
      await work.audit({
        entityType: 'maintenance_team',
        entityId: id,
        action: 'update',
        changes: diffFields(before, snapshot(saved)),
      });
      announce(work);
      return toTeamDto(saved);
    });
  }

  /** A team with requests keeps them: it cannot be deleted (409). */
  async remove(id: string): Promise<void> {
    await this.unitOfWork.run(async (work) => {
      const team = await this.find(work.manager, id);
      const [used]: { n: number }[] = await work.manager.query(
        'SELECT count(*)::int AS n FROM maintenance_requests WHERE team_id = $1',
        [id],
      );
      if (used.n > 0)
        throw new ConflictError(`${team.name} has ${used.n} maintenance requests: it cannot be deleted`);
      await work.manager.delete(TeamEntity, { id });
      await work.audit({
        entityType: 'maintenance_team',
        entityId: id,
        action: 'delete',
        changes: diffFields(snapshot(team), {}),
      });
      announce(work);
    });
  }

  /** Locks the team row for the rest of the transaction: concurrent edits queue, then see the new version. */
  private async find(manager: EntityManager, id: string): Promise<TeamEntity> {
    await manager.findOne(TeamEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
    const team = await manager.findOne(TeamEntity, { where: { id }, relations: { members: true } });
    if (!team) throw new NotFoundError('Team', id);
    return team;
  }

  private async assertNameFree(manager: EntityManager, name: string): Promise<void> {
    if (await manager.existsBy(TeamEntity, { name }))
      throw new ConflictError(`A team named ${name} already exists`, 'name');
  }
}

const announce = (work: Work) => work.emitAfterCommit({ type: 'maintenance.teams.changed' });
