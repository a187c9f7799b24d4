import { Body, Controller, Param, Patch } from '@nestjs/common';
import {
  IdParamsSchema,
  type Sensor,
  SensorSchema,
  type UpdateSensorInput,
  UpdateSensorInputSchema,
} from '@factoryops/contracts';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated } from '../../common/auth.decorators.js';
import { InstrumentsService } from './instruments.service.js';

@ApiTags('instruments')
@Controller('sensors')
export class SensorsController {
  constructor(private readonly instruments: InstrumentsService) {}

  @Authenticated({ permission: 'instruments.manage' })
  @Patch(':id')
  @ApiOkResponse({ standardSchema: SensorSchema })
  update(
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Body({ schema: UpdateSensorInputSchema }) input: UpdateSensorInput,
  ): Promise<Sensor> {
    return this.instruments.updateSensor(params.id, input);
  }
}
