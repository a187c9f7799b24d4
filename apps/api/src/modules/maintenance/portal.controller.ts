import { Body, Controller, Get, Param, Post, Req, UploadedFile } from '@nestjs/common';
import {
  type PortalMachine,
  PortalMachineSchema,
  PortalReportInputSchema,
  type PortalReportResult,
  PortalReportResultSchema,
} from '@factoryops/contracts';
import { ApiCreatedResponse, ApiOkResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { FastifyRequest as Request } from 'fastify';
import { z } from 'zod';
import { Public } from '../../common/auth.decorators.js';
import { PortalService } from './portal.service.js';
import { FileUpload, type ReceivedFile } from '../../common/file-upload.js';
import { IMAGE_MAX_BYTES } from './request-images.service.js';

const TokenParamsSchema = z.strictObject({
  token: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, { message: 'Not a label link' }),
});

/** Public: what a machine's QR label opens. No account needed. */
@ApiTags('portal')
@Controller('portal/machines')
export class PortalController {
  constructor(private readonly portal: PortalService) {}

  @Public()
  @Get(':token')
  @ApiOkResponse({ standardSchema: PortalMachineSchema })
  machine(@Param({ schema: TokenParamsSchema }) params: { token: string }): Promise<PortalMachine> {
    return this.portal.machine(params.token);
  }

  /** Multipart: `description`, optional `name`, `contact` and a `photo` (image, at most 10 MB). */
  @Public()
  @Post(':token/reports')
  @FileUpload('photo', IMAGE_MAX_BYTES, 'application/json')
  @ApiCreatedResponse({ standardSchema: PortalReportResultSchema })
  @ApiTooManyRequestsResponse({ description: 'Too many reports from this address; see Retry-After' })
  report(
    @Param({ schema: TokenParamsSchema }) params: { token: string },
    @Body({ schema: PortalReportInputSchema }) input: z.output<typeof PortalReportInputSchema>,
    @UploadedFile() photo: ReceivedFile | undefined,
    @Req() request: Request,
  ): Promise<PortalReportResult> {
    return this.portal.report(params.token, input, photo, request.ip);
  }
}
