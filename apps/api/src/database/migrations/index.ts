import { Foundation1795419902848 } from './1795419902848-foundation.js';
/** Every migration, in order. `pnpm --filter @factoryops/api migration:generate <Name>` appends here. */
export const MIGRATIONS = [Foundation1795419902848];
