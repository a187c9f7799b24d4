import { Controller, Delete, Get, HttpCode, Param, Post, StreamableFile, UploadedFile } from '@nestjs/common';
import {
  type DesignFile,
  DesignFileListSchema,
  DesignFileSchema,
  IdParamsSchema,
} from '@factoryops/contracts';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import { dispositionOf } from '../../../common/attachment.js';
import { Authenticated, CurrentPrincipal } from '../../../common/auth.decorators.js';
import { FileUpload, type ReceivedFile } from '../../../common/file-upload.js';
import type { Principal } from '../../../common/principal.js';
import type { Env } from '../../../config/env.js';
import { DesignFilesService } from './design-files.service.js';

type Id = { id: string };
const uploadLimit = (env: Env) => env.UPLOAD_MAX_MB * 1024 * 1024;

/** Design files: uploaded to a project or a product in the multipart field `file`, up to `UPLOAD_MAX_MB`. */
@ApiTags('production')
@Controller('production')
export class DesignFilesController {
  constructor(private readonly files: DesignFilesService) {}

  @Authenticated({ permission: 'production.view' })
  @Get('projects/:id/files')
  @ApiOkResponse({ standardSchema: DesignFileListSchema })
  async ofProject(@Param({ schema: IdParamsSchema }) params: Id): Promise<{ items: DesignFile[] }> {
    return { items: await this.files.listOf({ projectId: params.id }) };
  }

  @Authenticated({ permission: 'production.manage' })
  @Post('projects/:id/files')
  @FileUpload('file', uploadLimit)
  @ApiCreatedResponse({ standardSchema: DesignFileSchema })
  toProject(
    @Param({ schema: IdParamsSchema }) params: Id,
    @UploadedFile() file: ReceivedFile | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DesignFile> {
    return this.files.upload(principal, { projectId: params.id }, file);
  }

  @Authenticated({ permission: 'production.manage' })
  @Post('products/:id/files')
  @FileUpload('file', uploadLimit)
  @ApiCreatedResponse({ standardSchema: DesignFileSchema })
  toProduct(
    @Param({ schema: IdParamsSchema }) params: Id,
    @UploadedFile() file: ReceivedFile | undefined,
    @CurrentPrincipal() principal: Principal,
  ): Promise<DesignFile> {
    return this.files.upload(principal, { productId: params.id }, file);
  }

  /** The file as uploaded, under its original name. */
  @Authenticated({ permission: 'production.view' })
  @Get('files/:id')
  @ApiProduces('application/octet-stream')
  async download(@Param({ schema: IdParamsSchema }) params: Id): Promise<StreamableFile> {
    const file = await this.files.open(params.id, 'original');
    return new StreamableFile(file.stream, {
      type: file.contentType,
      disposition: dispositionOf('attachment', file.name),
    });
  }

  /** An SVG of a DXF's entities, a PNG of a PDF's first page, or a WebP of an image; 404 without one. */
  @Authenticated({ permission: 'production.view' })
  @Get('files/:id/preview')
  @ApiProduces('image/svg+xml', 'image/png', 'image/webp')
  async preview(@Param({ schema: IdParamsSchema }) params: Id): Promise<StreamableFile> {
    const file = await this.files.open(params.id, 'preview');
    return new StreamableFile(file.stream, {
      type: file.contentType,
      disposition: dispositionOf('inline', file.name),
    });
  }

  @Authenticated({ permission: 'production.manage' })
  @Delete('files/:id')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@Param({ schema: IdParamsSchema }) params: Id): Promise<void> {
    return this.files.remove(params.id);
  }
}
