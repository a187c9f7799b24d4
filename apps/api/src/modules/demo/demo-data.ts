import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Role } from '@factoryops/contracts';
import { AppConfig } from '../../config/app-config.js';
import { UsersService } from '../auth/users.service.js';

export const DEMO_PASSWORD = 'demo1234';

export const DEMO_USERS: { email: string; displayName: string; roles: Role[] }[] = [
  { email: 'admin@demo.local', displayName: 'Ada Admin', roles: ['admin'] },
  { email: 'manager@demo.local', displayName: 'Max Manager', roles: ['manager'] },
  { email: 'tech@demo.local', displayName: 'Tess Technician', roles: ['technician'] },
  { email: 'repair@demo.local', displayName: 'Rene Repair', roles: ['repair'] },
  { email: 'operator@demo.local', displayName: 'Olga Operator', roles: ['operator'] },
  { email: 'viewer@demo.local', displayName: 'Vic Viewer', roles: ['viewer'] },
];

/** Demo mode only: loads the demo data once; running it again adds nothing. */
@Injectable()
export class DemoData implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoData');

  constructor(
    private readonly config: AppConfig,
    private readonly users: UsersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.isDemo) return;
    let created = 0;
    for (const user of DEMO_USERS) {
      if (await this.users.findByEmail(user.email)) continue;
      await this.users.create({ ...user, password: DEMO_PASSWORD }, 'system');
      created += 1;
    }
    if (created > 0) this.logger.log(`Loaded demo data: ${created} users`);
  }
}
