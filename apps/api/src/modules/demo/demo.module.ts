import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { CalibrationModule } from '../calibration/calibration.module.js';
import { FleetModule } from '../fleet/fleet.module.js';
import { InstrumentsModule } from '../instruments/instruments.module.js';
import { MaintenanceModule } from '../maintenance/maintenance.module.js';
import { MeasurementsModule } from '../measurements/measurements.module.js';
import { ProductionModule } from '../production/production.module.js';
import { DemoData } from './demo-data.js';
import { DemoFleetTemplates } from './demo-fleet-templates.js';
import { DemoProduction } from './demo-production.js';

@Module({
  imports: [
    AuthModule,
    InstrumentsModule,
    MaintenanceModule,
    MeasurementsModule,
    CalibrationModule,
    ProductionModule,
    FleetModule,
  ],
  providers: [DemoData, DemoProduction, DemoFleetTemplates],
})
export class DemoModule {}
