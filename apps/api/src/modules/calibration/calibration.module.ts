import { Module } from '@nestjs/common';
import { JobsModule } from '../jobs/jobs.module.js';
import { CalibrationController } from './calibration.controller.js';
import { CertificateCorrector } from './certificate-corrector.js';
import { CertificatesController } from './certificates.controller.js';
import { CertificatesService } from './certificates.service.js';

@Module({
  imports: [JobsModule],
  controllers: [CertificatesController, CalibrationController],
  providers: [CertificatesService, CertificateCorrector],
  exports: [CertificateCorrector, CertificatesService],
})
export class CalibrationModule {}
