import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module.js';
import { MeasurementsModule } from '../measurements/measurements.module.js';
import { ConnectionManager } from './connection-manager.js';
import { InstrumentConnectionsController } from './instrument-connections.controller.js';
import { InstrumentsController } from './instruments.controller.js';
import { InstrumentsService } from './instruments.service.js';
import { KioskLinksController } from './kiosk-links.controller.js';
import { SensorsController } from './sensors.controller.js';

@Module({
  imports: [AuthModule, MeasurementsModule],
  // The connections controller first: `connect-all` must not be read as an instrument id.
  controllers: [
    InstrumentConnectionsController,
    InstrumentsController,
    SensorsController,
    KioskLinksController,
  ],
  providers: [InstrumentsService, ConnectionManager],
  exports: [InstrumentsService, ConnectionManager],
})
export class InstrumentsModule {}
