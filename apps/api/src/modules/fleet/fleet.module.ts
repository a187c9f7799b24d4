import { Module } from '@nestjs/common';
import { CustomersModule } from '../customers/customers.module.js';
import { DevicesController } from './devices/devices.controller.js';
import { DevicesService } from './devices/devices.service.js';
import { SoftwareController } from './software/software.controller.js';
import { SoftwareService } from './software/software.service.js';

/** The fleet (seed 003): customers' devices, the software catalogue and its versions. */
@Module({
  imports: [CustomersModule],
  controllers: [DevicesController, SoftwareController],
  providers: [DevicesService, SoftwareService],
  exports: [DevicesService, SoftwareService],
})
export class FleetModule {}
