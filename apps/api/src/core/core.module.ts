import path from 'node:path';
import { type DynamicModule, Global, Module } from '@nestjs/common';
import { diskStorage, MultipartModule } from '@nestjs/platform-fastify';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { AppConfig } from '../config/app-config.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { AuditWriter } from '../modules/audit/audit-writer.js';
import { DomainEvents } from '../modules/realtime/domain-events.js';

export const PINO_LOGGER = 'PINO_LOGGER';

/** What every module may inject: configuration, the database, the unit of work, audit, events and uploads. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: CoreModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({ ...dataSourceOptions(config.databaseUrl), migrationsRun: true }),
        }),
        // Uploads stream to disk beside where they are kept, so keeping one is a rename.
        {
          ...MultipartModule.register({
            storage: diskStorage({ destination: path.join(config.env.DATA_DIR, 'uploads', 'incoming') }),
          }),
          global: true,
        },
      ],
      providers: [
        { provide: AppConfig, useValue: config },
        { provide: PINO_LOGGER, useValue: logger },
        UnitOfWork,
        AuditWriter,
        DomainEvents,
      ],
      exports: [AppConfig, PINO_LOGGER, UnitOfWork, AuditWriter, DomainEvents],
    };
  }
}
