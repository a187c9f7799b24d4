import {
  Body,
  Controller,
  Delete,
  Get,
  Headers,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  Res,
  StreamableFile,
  UploadedFile,
} from '@nestjs/common';
import {
  CHECKSUM_HEADER,
  CreateSoftwareInputSchema,
  CreateSoftwareVersionInputSchema,
  IdParamsSchema,
  type Page,
  type Software,
  type SoftwareDetail,
  SoftwareDetailSchema,
  SoftwareListQuerySchema,
  SoftwarePageSchema,
  type SoftwareVersion,
  SoftwareVersionParamsSchema,
  SoftwareVersionSchema,
  type UpdateSoftwareInput,
  UpdateSoftwareInputSchema,
  type UpdateSoftwareVersionInput,
  UpdateSoftwareVersionInputSchema,
} from '@factoryops/contracts';
import {
  ApiCreatedResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import { dispositionOf } from '../../../common/attachment.js';
import { Authenticated, CurrentPrincipal } from '../../../common/auth.decorators.js';
import { FileUpload, type ReceivedFile } from '../../../common/file-upload.js';
import type { Principal } from '../../../common/principal.js';
import type { Env } from '../../../config/env.js';
import { SoftwareService } from './software.service.js';

type Id = { id: string };
type VersionId = { id: string; versionId: string };
const uploadLimit = (env: Env) => env.UPLOAD_MAX_MB * 1024 * 1024;

/** The software catalogue, its versions (highest semver first) and their package files. */
@ApiTags('fleet')
@Controller('fleet/software')
export class SoftwareController {
  constructor(private readonly software: SoftwareService) {}

  @Authenticated({ permission: 'fleet.view' })
  @Get()
  @ApiOkResponse({ standardSchema: SoftwarePageSchema })
  list(
    @Query({ schema: SoftwareListQuerySchema }) query: z.output<typeof SoftwareListQuerySchema>,
  ): Promise<Page<Software>> {
    return this.software.list(query);
  }

  /** The software with its versions, highest semver first. */
  @Authenticated({ permission: 'fleet.view' })
  @Get(':id')
  @ApiOkResponse({ standardSchema: SoftwareDetailSchema })
  get(@Param({ schema: IdParamsSchema }) params: Id): Promise<SoftwareDetail> {
    return this.software.get(params.id);
  }

  @Authenticated({ permission: 'fleet.software.manage' })
  @Post()
  @ApiCreatedResponse({ standardSchema: SoftwareDetailSchema })
  create(
    @Body({ schema: CreateSoftwareInputSchema }) input: z.output<typeof CreateSoftwareInputSchema>,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SoftwareDetail> {
    return this.software.create(input, principal);
  }

  @Authenticated({ permission: 'fleet.software.manage' })
  @Patch(':id')
  @ApiOkResponse({ standardSchema: SoftwareDetailSchema })
  update(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Body({ schema: UpdateSoftwareInputSchema }) input: UpdateSoftwareInput,
  ): Promise<SoftwareDetail> {
    return this.software.update(params.id, input);
  }

  /** The software, its versions and their package files. */
  @Authenticated({ permission: 'fleet.software.manage' })
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@Param({ schema: IdParamsSchema }) params: Id): Promise<void> {
    return this.software.remove(params.id);
  }

  /** A semver version number (400 otherwise), unique within the software (409). */
  @Authenticated({ permission: 'fleet.software.manage' })
  @Post(':id/versions')
  @ApiCreatedResponse({ standardSchema: SoftwareVersionSchema })
  addVersion(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Body({ schema: CreateSoftwareVersionInputSchema }) input: z.output<
      typeof CreateSoftwareVersionInputSchema
    >,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SoftwareVersion> {
    return this.software.addVersion(params.id, input, principal);
  }

  @Authenticated({ permission: 'fleet.software.manage' })
  @Patch(':id/versions/:versionId')
  @ApiOkResponse({ standardSchema: SoftwareVersionSchema })
  updateVersion(
    @Param({ schema: SoftwareVersionParamsSchema }) params: VersionId,
    @Body({ schema: UpdateSoftwareVersionInputSchema }) input: UpdateSoftwareVersionInput,
  ): Promise<SoftwareVersion> {
    return this.software.updateVersion(params.id, params.versionId, input);
  }

  @Authenticated({ permission: 'fleet.software.manage' })
  @Delete(':id/versions/:versionId')
  @HttpCode(204)
  @ApiNoContentResponse()
  removeVersion(@Param({ schema: SoftwareVersionParamsSchema }) params: VersionId): Promise<void> {
    return this.software.removeVersion(params.id, params.versionId);
  }

  /**
   * The version's package in the multipart field `file`, up to `UPLOAD_MAX_MB` (413 past it); with
   * `X-Checksum-SHA256` the file must hash to it (400 otherwise). Replaces an earlier package.
   */
  @Authenticated({ permission: 'fleet.software.manage' })
  @Post(':id/versions/:versionId/package')
  @FileUpload('file', uploadLimit)
  @ApiHeader({ name: CHECKSUM_HEADER, required: false, description: 'The SHA-256 of the file, in hex' })
  @ApiOkResponse({ standardSchema: SoftwareVersionSchema })
  @HttpCode(200)
  attachPackage(
    @Param({ schema: SoftwareVersionParamsSchema }) params: VersionId,
    @UploadedFile() file: ReceivedFile | undefined,
    @Headers(CHECKSUM_HEADER) checksum: string | undefined,
  ): Promise<SoftwareVersion> {
    return this.software.attachPackage(params.id, params.versionId, file, checksum);
  }

  /**
   * The package under its file name, with its SHA-256 in `X-Checksum-SHA256` (hex) and in
   * `Repr-Digest` (RFC 9530, `sha-256=:<base64>:`), for the device or person to check it.
   */
  @Authenticated({ permission: 'fleet.view' })
  @Get(':id/versions/:versionId/package')
  @ApiProduces('application/octet-stream')
  async downloadPackage(
    @Param({ schema: SoftwareVersionParamsSchema }) params: VersionId,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    const file = await this.software.openPackage(params.id, params.versionId);
    reply
      .header(CHECKSUM_HEADER, file.sha256)
      .header('repr-digest', `sha-256=:${Buffer.from(file.sha256, 'hex').toString('base64')}:`);
    return new StreamableFile(file.stream, {
      type: 'application/octet-stream',
      disposition: dispositionOf('attachment', file.fileName),
      length: file.size,
    });
  }
}
