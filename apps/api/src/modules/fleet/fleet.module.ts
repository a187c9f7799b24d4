import { Module } from '@nestjs/common';
import { CustomersModule } from '../customers/customers.module.js';
import { DevicesController } from './devices/devices.controller.js';
import { DevicesService } from './devices/devices.service.js';
import { SoftwareController } from './software/software.controller.js';
import { SoftwareService } from './software/software.service.js';
import { JsonSchemaValidator } from './templates/json-schema-validator.js';
import { JsonTemplatesController } from './templates/json-templates.controller.js';
import { JsonTemplatesService } from './templates/json-templates.service.js';
import { TemplateValidation } from './templates/template-validation.service.js';

/**
 * The fleet of customers' devices (seed 003): the devices, the software catalogue and its versions, and
 * JSON templates with their schemas and the validation of JSON values against them that the other fleet
 * parts use (TemplateValidation). Exports its services for the demo and for those parts.
 */
@Module({
  imports: [CustomersModule],
  controllers: [DevicesController, SoftwareController, JsonTemplatesController],
  providers: [DevicesService, SoftwareService, JsonSchemaValidator, JsonTemplatesService, TemplateValidation],
  exports: [DevicesService, SoftwareService, JsonSchemaValidator, JsonTemplatesService, TemplateValidation],
})
export class FleetModule {}
