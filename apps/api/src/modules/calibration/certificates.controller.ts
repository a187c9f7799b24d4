import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Put,
  Query,
  StreamableFile,
  UploadedFile,
} from '@nestjs/common';
import {
  CERTIFICATE_FILE_MAX_BYTES,
  type Certificate,
  CertificateListQuerySchema,
  CertificatePageSchema,
  CertificateSchema,
  type CreateCertificateInput,
  CreateCertificateInputSchema,
  IdParamsSchema,
  type Page,
  type UpdateCertificateInput,
  UpdateCertificateInputSchema,
} from '@factoryops/contracts';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { Authenticated } from '../../common/auth.decorators.js';
import { FileUpload, type ReceivedFile } from '../../common/file-upload.js';
import { CertificatesService } from './certificates.service.js';

type Id = { id: string };

@ApiTags('calibration')
@Controller('certificates')
export class CertificatesController {
  constructor(private readonly certificates: CertificatesService) {}

  @Authenticated({ permission: 'measurements.view' })
  @Get()
  @ApiOkResponse({ standardSchema: CertificatePageSchema })
  list(
    @Query({ schema: CertificateListQuerySchema }) query: z.output<typeof CertificateListQuerySchema>,
  ): Promise<Page<Certificate>> {
    return this.certificates.list(query);
  }

  @Authenticated({ permission: 'measurements.view' })
  @Get(':id')
  @ApiOkResponse({ standardSchema: CertificateSchema })
  get(@Param({ schema: IdParamsSchema }) params: Id): Promise<Certificate> {
    return this.certificates.get(params.id);
  }

  @Authenticated({ permission: 'calibration.manage' })
  @Post()
  @ApiCreatedResponse({ standardSchema: CertificateSchema })
  create(
    @Body({ schema: CreateCertificateInputSchema }) input: CreateCertificateInput,
  ): Promise<Certificate> {
    return this.certificates.create(input);
  }

  @Authenticated({ permission: 'calibration.manage' })
  @Patch(':id')
  @ApiOkResponse({ standardSchema: CertificateSchema })
  update(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Body({ schema: UpdateCertificateInputSchema }) input: UpdateCertificateInput,
  ): Promise<Certificate> {
    return this.certificates.update(params.id, input);
  }

  @Authenticated({ permission: 'calibration.manage' })
  @Delete(':id')
  @HttpCode(204)
  remove(@Param({ schema: IdParamsSchema }) params: Id): Promise<void> {
    return this.certificates.remove(params.id);
  }

  @Authenticated({ permission: 'calibration.manage' })
  @Put(':id/file')
  @FileUpload('file', CERTIFICATE_FILE_MAX_BYTES)
  @ApiOkResponse({ standardSchema: CertificateSchema })
  attachFile(
    @Param({ schema: IdParamsSchema }) params: Id,
    @UploadedFile() file: ReceivedFile | undefined,
  ): Promise<Certificate> {
    return this.certificates.attachFile(params.id, file);
  }

  @Authenticated({ permission: 'calibration.manage' })
  @Delete(':id/file')
  @ApiOkResponse({ standardSchema: CertificateSchema })
  detachFile(@Param({ schema: IdParamsSchema }) params: Id): Promise<Certificate> {
    return this.certificates.detachFile(params.id);
  }

  @Authenticated({ permission: 'measurements.view' })
  @Get(':id/file')
  async file(@Param({ schema: IdParamsSchema }) params: Id): Promise<StreamableFile> {
    const file = await this.certificates.openFile(params.id);
    return new StreamableFile(file.stream, {
      type: 'application/pdf',
      disposition: `attachment; filename="${encodeURIComponent(file.name)}"`,
    });
  }
}
