import { type DynamicModule, Module } from '@nestjs/common';
import type { Logger } from 'pino';
import type { AppConfig } from './config/app-config.js';
import { CoreModule } from './core/core.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { AuthModule } from './modules/auth/auth.module.js';
import { DemoModule } from './modules/demo/demo.module.js';
import { FleetModule } from './modules/fleet/fleet.module.js';
import { HealthModule } from './modules/health/health.module.js';
import { InstrumentsModule } from './modules/instruments/instruments.module.js';
import { MaintenanceModule } from './modules/maintenance/maintenance.module.js';
import { ProductionModule } from './modules/production/production.module.js';
import { SiteModule } from './modules/site/site.module.js';
import { RealtimeModule } from './modules/realtime/realtime.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, logger: Logger): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, logger),
        AuthModule,
        AuditModule,
        RealtimeModule,
        HealthModule,
        SiteModule,
        InstrumentsModule,
        MaintenanceModule,
        ProductionModule,
        FleetModule,
        DemoModule,
      ],
    };
  }
}
