import { type EntityManager, In } from 'typeorm';
import { ValidationError } from '../../common/domain-errors.js';
import { UserEntity } from '../auth/user.entity.js';

/** The users with these ids (team members, responsible people); an unknown id is a 400 on `field`. */
export async function loadPeople(
  manager: EntityManager,
  ids: string[],
  field: string,
): Promise<UserEntity[]> {
  const unique = [...new Set(ids)];
  const users = unique.length ? await manager.findBy(UserEntity, { id: In(unique) }) : [];
  const missing = unique.filter((id) => !users.some((user) => user.id === id));
  if (missing.length)
    throw new ValidationError(missing.map((id) => ({ path: field, message: `No user has the id ${id}` })));
  return users;
}
