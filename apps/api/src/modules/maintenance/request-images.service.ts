import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import type { MaintenanceRequest } from '@factoryops/contracts';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { NotFoundError, ValidationError } from '../../common/domain-errors.js';
import type { ReceivedFile } from '../../common/file-upload.js';
import type { Principal } from '../../common/principal.js';
import { AppConfig } from '../../config/app-config.js';
import type { Work } from '../../database/unit-of-work.js';
import { MaintenanceRequestsService } from './maintenance-requests.service.js';
import { RequestImageEntity } from './request-image.entity.js';

export const IMAGE_MAX_BYTES = 10 * 1024 * 1024;
const THUMBNAIL_PX = 320;
const MAX_PIXELS = 50_000_000;
const FORMATS: Record<string, { extension: string; contentType: string }> = {
  jpeg: { extension: 'jpg', contentType: 'image/jpeg' },
  png: { extension: 'png', contentType: 'image/png' },
  webp: { extension: 'webp', contentType: 'image/webp' },
  gif: { extension: 'gif', contentType: 'image/gif' },
};

/**
 * Photos of requests on local disk (DATA_DIR/uploads/maintenance/<request>/), each with a WebP
 * thumbnail. The content decides what an upload is, not its name or declared type.
 */
@Injectable()
export class RequestImagesService {
  private readonly root: string;

  constructor(
    private readonly dataSource: DataSource,
    private readonly requests: MaintenanceRequestsService,
    config: AppConfig,
  ) {
    this.root = path.join(config.env.DATA_DIR, 'uploads', 'maintenance');
  }

  /** Attaches an image to a request the caller can see. */
  async add(
    principal: Principal,
    requestId: string,
    file: ReceivedFile | undefined,
  ): Promise<MaintenanceRequest> {
    await this.requests.get(principal, requestId);
    return this.requests.attach(requestId, 'image', async (work) => {
      await this.store(
        work,
        requestId,
        file,
        principal.kind === 'user' ? principal.displayName : principal.name,
      );
    });
  }

  /** Stores the file and its thumbnail, then records it in `work`; the files go if the transaction fails. */
  async store(
    work: Work,
    requestId: string,
    file: ReceivedFile | undefined,
    uploadedBy: string,
  ): Promise<void> {
    if (!file) throw new ValidationError([{ path: 'image', message: 'Attach an image file' }]);
    const format = await sharp(file.path, { limitInputPixels: MAX_PIXELS })
      .metadata()
      .then((metadata) => FORMATS[metadata.format ?? ''])
      .catch(() => undefined);
    if (!format)
      throw new ValidationError([{ path: 'image', message: 'Send a JPEG, PNG, WebP or GIF image' }]);
    // The whole picture is decoded here: a truncated or oversized one is refused, not a 500.
    const thumbnail = await sharp(file.path, { limitInputPixels: MAX_PIXELS })
      .rotate()
      .resize(THUMBNAIL_PX, THUMBNAIL_PX, { fit: 'inside', withoutEnlargement: true })
      .webp({ quality: 75 })
      .toBuffer()
      .catch(() => {
        throw new ValidationError([
          { path: 'image', message: 'This image cannot be read: it may be damaged, or over 50 megapixels' },
        ]);
      });
    const image = work.manager.create(RequestImageEntity, {
      requestId,
      fileName: path.basename(file.originalname).slice(0, 200) || `photo.${format.extension}`,
      contentType: format.contentType,
      size: file.size,
      uploadedBy,
    });
    await work.manager.save(image);
    const directory = path.join(this.root, requestId);
    await mkdir(directory, { recursive: true });
    try {
      await rename(file.path, path.join(directory, image.id));
      await writeFile(path.join(directory, `${image.id}.thumb.webp`), thumbnail);
    } catch (error) {
      await this.discard(requestId, image.id);
      throw error;
    }
    work.onRollback(() => this.discard(requestId, image.id));
  }

  /** The image (or its thumbnail) of a request the caller can see. */
  async open(
    principal: Principal,
    requestId: string,
    imageId: string,
    variant: 'original' | 'thumbnail',
  ): Promise<{ stream: Readable; contentType: string; fileName: string }> {
    await this.requests.get(principal, requestId);
    const image = await this.dataSource
      .getRepository(RequestImageEntity)
      .findOneBy({ id: imageId, requestId });
    if (!image) throw new NotFoundError('Image', imageId);
    const file = path.join(
      this.root,
      requestId,
      variant === 'original' ? image.id : `${image.id}.thumb.webp`,
    );
    if (!(await stat(file).catch(() => null))) throw new NotFoundError('Image file', imageId);
    return {
      stream: createReadStream(file),
      contentType: variant === 'original' ? image.contentType : 'image/webp',
      fileName: image.fileName,
    };
  }

  private async discard(requestId: string, imageId: string): Promise<void> {
    const directory = path.join(this.root, requestId);
    await rm(path.join(directory, imageId), { force: true });
    await rm(path.join(directory, `${imageId}.thumb.webp`), { force: true });
  }
}
