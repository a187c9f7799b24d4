import { type DynamicModule, Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import { AppConfig } from '../config/app-config.js';
import { dataSourceOptions } from '../database/data-source-options.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { AuditWriter } from '../modules/audit/audit-writer.js';
import { DomainEvents } from '../modules/realtime/domain-events.js';

export const PINO_LOGGER = 'PINO_LOGGER';

/** What every module may inject: configuration, the database, the unit of work, audit and events. */
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
