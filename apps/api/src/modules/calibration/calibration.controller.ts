import { Controller, Get, Query } from '@nestjs/common';
import {
  type RecomputeJob,
  RecomputeJobListSchema,
  type SensorCalibration,
  SensorCalibrationListSchema,
} from '@factoryops/contracts';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Authenticated } from '../../common/auth.decorators.js';
import { CertificatesService } from './certificates.service.js';

const JobsQuerySchema = z.strictObject({ sensorId: z.uuid().optional() });

@ApiTags('calibration')
@Controller('calibration')
export class CalibrationController {
  constructor(private readonly certificates: CertificatesService) {}

  @Authenticated({ permission: 'measurements.view' })
  @Get('sensors')
  @ApiOkResponse({ standardSchema: SensorCalibrationListSchema })
  async sensors(): Promise<{ items: SensorCalibration[] }> {
    return { items: await this.certificates.sensorStandings() };
  }

  @Authenticated({ permission: 'measurements.view' })
  @Get('jobs')
  @ApiOkResponse({ standardSchema: RecomputeJobListSchema })
  async jobs(
    @Query({ schema: JobsQuerySchema }) query: z.output<typeof JobsQuerySchema>,
  ): Promise<{ items: RecomputeJob[] }> {
    return { items: await this.certificates.recomputeJobs(query.sensorId) };
  }
}
