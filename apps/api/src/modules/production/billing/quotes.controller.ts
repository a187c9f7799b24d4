import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Patch,
  Post,
  Query,
  StreamableFile,
} from '@nestjs/common';
import {
  CreateQuoteInputSchema,
  type DecideQuoteInput,
  DecideQuoteInputSchema,
  IdParamsSchema,
  type Page,
  type Quote,
  QuoteListQuerySchema,
  QuotePageSchema,
  QuoteSchema,
  type QuoteSummary,
  type SendDocumentInput,
  SendDocumentInputSchema,
  type UpdateQuoteInput,
  UpdateQuoteInputSchema,
} from '@factoryops/contracts';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { z } from 'zod';
import { Answer } from '../../../common/answer.decorator.js';
import { Authenticated } from '../../../common/auth.decorators.js';
import { pdfDownload } from './pdf-download.js';
import { QuotesService } from './quotes.service.js';

type Id = { id: string };

/** Quotes: drafted, sent with their PDF, accepted (approving the project) or declined. */
@ApiTags('production')
@Controller('production/quotes')
export class QuotesController {
  constructor(private readonly quotes: QuotesService) {}

  @Authenticated({ permission: 'production.billing.view' })
  @Get()
  @Answer(QuotePageSchema)
  list(
    @Query({ schema: QuoteListQuerySchema }) query: z.output<typeof QuoteListQuerySchema>,
  ): Promise<Page<QuoteSummary>> {
    return this.quotes.list(query);
  }

  @Authenticated({ permission: 'production.billing.view' })
  @Get(':id')
  @ApiOkResponse({ standardSchema: QuoteSchema })
  get(@Param({ schema: IdParamsSchema }) params: Id): Promise<Quote> {
    return this.quotes.get(params.id);
  }

  /** The PDF, as an attachment named by the quote's number. */
  @Authenticated({ permission: 'production.billing.view' })
  @Get(':id/pdf')
  @ApiProduces('application/pdf')
  async pdf(@Param({ schema: IdParamsSchema }) params: Id): Promise<StreamableFile> {
    return pdfDownload(await this.quotes.pdf(params.id));
  }

  @Authenticated({ permission: 'production.billing.manage' })
  @Post()
  @ApiCreatedResponse({ standardSchema: QuoteSchema })
  create(
    @Body({ schema: CreateQuoteInputSchema }) input: z.output<typeof CreateQuoteInputSchema>,
  ): Promise<Quote> {
    return this.quotes.create(input);
  }

  /** Changes a draft; a quote that was sent answers 409. */
  @Authenticated({ permission: 'production.billing.manage' })
  @Patch(':id')
  @ApiOkResponse({ standardSchema: QuoteSchema })
  update(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Body({ schema: UpdateQuoteInputSchema }) input: UpdateQuoteInput,
  ): Promise<Quote> {
    return this.quotes.update(params.id, input);
  }

  /** Deletes a draft; a quote that was sent answers 409. */
  @Authenticated({ permission: 'production.billing.manage' })
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@Param({ schema: IdParamsSchema }) params: Id): Promise<void> {
    return this.quotes.remove(params.id);
  }

  /** Sends a draft: its PDF mailed to the client (or `to`) through the outbox; the project to "Quote & Approval". */
  @Authenticated({ permission: 'production.billing.manage' })
  @Post(':id/send')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: QuoteSchema })
  send(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Body({ schema: SendDocumentInputSchema }) input: SendDocumentInput,
  ): Promise<Quote> {
    return this.quotes.send(params.id, input);
  }

  /** The client accepted: the project is approved with the quote's total, ready for its proof of payment. */
  @Authenticated({ permission: 'production.billing.manage' })
  @Post(':id/accept')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: QuoteSchema })
  accept(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Body({ schema: DecideQuoteInputSchema }) input: DecideQuoteInput,
  ): Promise<Quote> {
    return this.quotes.accept(params.id, input);
  }

  @Authenticated({ permission: 'production.billing.manage' })
  @Post(':id/decline')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: QuoteSchema })
  decline(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Body({ schema: DecideQuoteInputSchema }) input: DecideQuoteInput,
  ): Promise<Quote> {
    return this.quotes.decline(params.id, input);
  }
}
