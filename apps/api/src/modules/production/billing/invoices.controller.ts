import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, StreamableFile } from '@nestjs/common';
import {
  type CancelInvoiceInput,
  CancelInvoiceInputSchema,
  CreateInvoiceInputSchema,
  IdParamsSchema,
  type Invoice,
  InvoiceListQuerySchema,
  InvoicePageSchema,
  InvoiceSchema,
  type InvoiceSummary,
  type Page,
  type PayInvoiceInput,
  PayInvoiceInputSchema,
  type ReplacedInvoice,
  ReplacedInvoiceSchema,
  type SendDocumentInput,
  SendDocumentInputSchema,
  type UpdateInvoiceInput,
  UpdateInvoiceInputSchema,
} from '@factoryops/contracts';
import { ApiCreatedResponse, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { Answer } from '../../../common/answer.decorator.js';
import { Authenticated } from '../../../common/auth.decorators.js';
import { InvoicesService } from './invoices.service.js';
import { pdfDownload } from './pdf-download.js';

type Id = { id: string };

/** Invoices: drafted, sent with their PDF, paid or cancelled; never deleted, never changed once sent. */
@ApiTags('production')
@Controller('production/invoices')
export class InvoicesController {
  constructor(private readonly invoices: InvoicesService) {}

  @Authenticated({ permission: 'production.billing.view' })
  @Get()
  @Answer(InvoicePageSchema)
  list(
    @Query({ schema: InvoiceListQuerySchema }) query: z.output<typeof InvoiceListQuerySchema>,
  ): Promise<Page<InvoiceSummary>> {
    return this.invoices.list(query);
  }

  @Authenticated({ permission: 'production.billing.view' })
  @Get(':id')
  @ApiOkResponse({ standardSchema: InvoiceSchema })
  get(@Param({ schema: IdParamsSchema }) params: Id): Promise<Invoice> {
    return this.invoices.get(params.id);
  }

  /** The PDF, as an attachment named by the invoice's number. */
  @Authenticated({ permission: 'production.billing.view' })
  @Get(':id/pdf')
  @ApiProduces('application/pdf')
  async pdf(@Param({ schema: IdParamsSchema }) params: Id): Promise<StreamableFile> {
    return pdfDownload(await this.invoices.pdf(params.id));
  }

  /** A draft from the project's accepted quote, or from the lines given. */
  @Authenticated({ permission: 'production.billing.manage' })
  @Post()
  @ApiCreatedResponse({ standardSchema: InvoiceSchema })
  create(
    @Body({ schema: CreateInvoiceInputSchema }) input: z.output<typeof CreateInvoiceInputSchema>,
  ): Promise<Invoice> {
    return this.invoices.create(input);
  }

  /** Changes a draft; a sent invoice answers 409 (cancel and replace it instead). */
  @Authenticated({ permission: 'production.billing.manage' })
  @Patch(':id')
  @ApiOkResponse({ standardSchema: InvoiceSchema })
  update(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Body({ schema: UpdateInvoiceInputSchema }) input: UpdateInvoiceInput,
  ): Promise<Invoice> {
    return this.invoices.update(params.id, input);
  }

  @Authenticated({ permission: 'production.billing.manage' })
  @Post(':id/send')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: InvoiceSchema })
  send(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Body({ schema: SendDocumentInputSchema }) input: SendDocumentInput,
  ): Promise<Invoice> {
    return this.invoices.send(params.id, input);
  }

  @Authenticated({ permission: 'production.billing.manage' })
  @Post(':id/pay')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: InvoiceSchema })
  pay(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Body({ schema: PayInvoiceInputSchema }) input: PayInvoiceInput,
  ): Promise<Invoice> {
    return this.invoices.pay(params.id, input);
  }

  @Authenticated({ permission: 'production.billing.manage' })
  @Post(':id/cancel')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: InvoiceSchema })
  cancel(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Body({ schema: CancelInvoiceInputSchema }) input: CancelInvoiceInput,
  ): Promise<Invoice> {
    return this.invoices.cancel(params.id, input);
  }

  /** Cancels a sent invoice and answers it with its draft replacement under the next number. */
  @Authenticated({ permission: 'production.billing.manage' })
  @Post(':id/replace')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: ReplacedInvoiceSchema })
  replace(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Body({ schema: CancelInvoiceInputSchema }) input: CancelInvoiceInput,
  ): Promise<ReplacedInvoice> {
    return this.invoices.replace(params.id, input);
  }
}
