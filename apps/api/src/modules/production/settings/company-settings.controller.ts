import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Patch,
  Post,
  StreamableFile,
  UploadedFile,
} from '@nestjs/common';
import {
  COMPANY_LOGO_MAX_MB,
  type CompanySettings,
  CompanySettingsSchema,
  type UpdateCompanySettingsInput,
  UpdateCompanySettingsInputSchema,
} from '@factoryops/contracts';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { dispositionOf } from '../../../common/attachment.js';
import { Authenticated } from '../../../common/auth.decorators.js';
import { FileUpload, type ReceivedFile } from '../../../common/file-upload.js';
import { CompanySettingsService } from './company-settings.service.js';

/** The company details printed on quotes and invoices: read with billing, changed by who manages it. */
@ApiTags('production')
@Controller('production/settings/company')
export class CompanySettingsController {
  constructor(private readonly settings: CompanySettingsService) {}

  @Authenticated({ permission: 'production.billing.view' })
  @Get()
  @ApiOkResponse({ standardSchema: CompanySettingsSchema })
  get(): Promise<CompanySettings> {
    return this.settings.get();
  }

  @Authenticated({ permission: 'production.billing.manage' })
  @Patch()
  @ApiOkResponse({ standardSchema: CompanySettingsSchema })
  update(
    @Body({ schema: UpdateCompanySettingsInputSchema }) input: UpdateCompanySettingsInput,
  ): Promise<CompanySettings> {
    return this.settings.update(input);
  }

  /** The logo (PNG), 404 without one. */
  @Authenticated({ permission: 'production.billing.view' })
  @Get('logo')
  @ApiProduces('image/png')
  async logo(): Promise<StreamableFile> {
    return new StreamableFile(await this.settings.logo(), {
      type: 'image/png',
      disposition: dispositionOf('inline', 'logo.png'),
    });
  }

  /** A PNG or JPEG in the multipart field `file`, up to 5 MB; kept as a PNG of at most 800 px. */
  @Authenticated({ permission: 'production.billing.manage' })
  @Post('logo')
  @HttpCode(200)
  @FileUpload('file', COMPANY_LOGO_MAX_MB * 1024 * 1024)
  @ApiOkResponse({ standardSchema: CompanySettingsSchema })
  uploadLogo(@UploadedFile() file: ReceivedFile | undefined): Promise<CompanySettings> {
    return this.settings.uploadLogo(file);
  }

  @Authenticated({ permission: 'production.billing.manage' })
  @Delete('logo')
  @ApiOkResponse({ standardSchema: CompanySettingsSchema })
  removeLogo(): Promise<CompanySettings> {
    return this.settings.removeLogo();
  }
}
