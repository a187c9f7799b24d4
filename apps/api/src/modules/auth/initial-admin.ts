import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { UserEntity } from './user.entity.js';
import { UsersService } from './users.service.js';

/** On a database with no users, creates the administrator named by ADMIN_EMAIL / ADMIN_PASSWORD. */
@Injectable()
export class InitialAdmin implements OnApplicationBootstrap {
  private readonly logger = new Logger('InitialAdmin');

  constructor(
    private readonly config: AppConfig,
    private readonly dataSource: DataSource,
    private readonly users: UsersService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { ADMIN_EMAIL: email, ADMIN_PASSWORD: password } = this.config.env;
    if (!email || !password) return;
    if ((await this.dataSource.getRepository(UserEntity).count()) > 0) return;
    await this.users.create({ email, password, displayName: 'Administrator', roles: ['admin'] }, 'system');
    this.logger.log(`Created the first administrator ${email}`);
  }
}
