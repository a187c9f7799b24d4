import { rm } from 'node:fs/promises';
import {
  applyDecorators,
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor, type UploadedMultipartFile } from '@nestjs/platform-fastify';
import { ApiConsumes } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { from, lastValueFrom, type Observable } from 'rxjs';
import type { Env } from '../config/env.js';

declare module 'fastify' {
  interface FastifyInstance {
    /** The app's configuration, for upload limits that it sets (`UPLOAD_MAX_MB`). */
    appEnv: Env;
  }
}

/**
 * A file received as `multipart/form-data`, written to disk as it arrived (under DATA_DIR/uploads/incoming,
 * never held whole in memory). A service keeps it by moving it away; what is left is removed afterwards.
 */
export interface ReceivedFile {
  originalname: string;
  size: number;
  path: string;
}

/** Removes the request's uploaded file once the handler is done with it, before the answer goes out. */
@Injectable()
class RemoveLeftUpload implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<{ file?: UploadedMultipartFile }>();
    return from(
      (async () => {
        try {
          return await lastValueFrom(next.handle(), { defaultValue: undefined });
        } finally {
          if (request.file?.path) await rm(request.file.path, { force: true });
        }
      })(),
    );
  }
}

/**
 * The route takes one file in the multipart field `field`, streamed to disk; past `maxBytes` (a number,
 * or read from the configuration per request) the upload stops at once with 413. Read it with
 * `@UploadedFile()` as a {@link ReceivedFile}.
 */
export function FileUpload(
  field: string,
  maxBytes: number | ((env: Env) => number),
  ...alsoConsumes: string[]
) {
  const limits =
    typeof maxBytes === 'number'
      ? { fileSize: maxBytes, files: 1 }
      : (request: FastifyRequest) => ({ fileSize: maxBytes(request.server.appEnv), files: 1 });
  return applyDecorators(
    UseInterceptors(FileInterceptor(field, { limits }), RemoveLeftUpload),
    ApiConsumes('multipart/form-data', ...alsoConsumes),
  );
}
