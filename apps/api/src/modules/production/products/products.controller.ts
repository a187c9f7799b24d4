import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  type AddProjectProductInput,
  AddProjectProductInputSchema,
  CreateProductInputSchema,
  IdParamsSchema,
  type Page,
  type Product,
  type ProductDetail,
  ProductDetailSchema,
  ProductListQuerySchema,
  ProductPageSchema,
  type ProjectProduct,
  type ProjectProductList,
  ProjectProductListSchema,
  ProjectProductParamsSchema,
  ProjectProductSchema,
  SuggestedSkuSchema,
  type UpdateProductInput,
  UpdateProductInputSchema,
  type UpdateProjectProductInput,
  UpdateProjectProductInputSchema,
} from '@factoryops/contracts';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { Authenticated } from '../../../common/auth.decorators.js';
import { ProductsService } from './products.service.js';
import { ProjectProductsService } from './project-products.service.js';

type Id = { id: string };
type LineParams = { id: string; lineId: string };

@ApiTags('production')
@Controller('production/products')
export class ProductsController {
  constructor(private readonly products: ProductsService) {}

  @Authenticated({ permission: 'production.view' })
  @Get()
  @ApiOkResponse({ standardSchema: ProductPageSchema })
  list(
    @Query({ schema: ProductListQuerySchema }) query: z.output<typeof ProductListQuerySchema>,
  ): Promise<Page<Product>> {
    return this.products.list(query);
  }

  /** The next free `SKU-####`, for the create form. */
  @Authenticated({ permission: 'production.manage' })
  @Get('suggested-sku')
  @ApiOkResponse({ standardSchema: SuggestedSkuSchema })
  suggestedSku(): Promise<{ sku: string }> {
    return this.products.suggestedSku();
  }

  @Authenticated({ permission: 'production.view' })
  @Get(':id')
  @ApiOkResponse({ standardSchema: ProductDetailSchema })
  get(@Param({ schema: IdParamsSchema }) params: Id): Promise<ProductDetail> {
    return this.products.get(params.id);
  }

  @Authenticated({ permission: 'production.manage' })
  @Post()
  @ApiCreatedResponse({ standardSchema: ProductDetailSchema })
  create(
    @Body({ schema: CreateProductInputSchema }) input: z.output<typeof CreateProductInputSchema>,
  ): Promise<ProductDetail> {
    return this.products.create(input);
  }

  @Authenticated({ permission: 'production.manage' })
  @Patch(':id')
  @ApiOkResponse({ standardSchema: ProductDetailSchema })
  update(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Body({ schema: UpdateProductInputSchema }) input: UpdateProductInput,
  ): Promise<ProductDetail> {
    return this.products.update(params.id, input);
  }

  /** 409 while a project lists the product. */
  @Authenticated({ permission: 'production.manage' })
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@Param({ schema: IdParamsSchema }) params: Id): Promise<void> {
    return this.products.remove(params.id);
  }
}

/** The products on a project, with quantities and the unit price copied when each was added. */
@ApiTags('production')
@Controller('production/projects/:id/products')
export class ProjectProductsController {
  constructor(private readonly lines: ProjectProductsService) {}

  @Authenticated({ permission: 'production.view' })
  @Get()
  @ApiOkResponse({ standardSchema: ProjectProductListSchema })
  list(@Param({ schema: IdParamsSchema }) params: Id): Promise<ProjectProductList> {
    return this.lines.list(params.id);
  }

  @Authenticated({ permission: 'production.manage' })
  @Post()
  @ApiCreatedResponse({ standardSchema: ProjectProductSchema })
  add(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Body({ schema: AddProjectProductInputSchema }) input: AddProjectProductInput,
  ): Promise<ProjectProduct> {
    return this.lines.add(params.id, input);
  }

  @Authenticated({ permission: 'production.manage' })
  @Patch(':lineId')
  @ApiOkResponse({ standardSchema: ProjectProductSchema })
  update(
    @Param({ schema: ProjectProductParamsSchema }) params: LineParams,
    @Body({ schema: UpdateProjectProductInputSchema }) input: UpdateProjectProductInput,
  ): Promise<ProjectProduct> {
    return this.lines.update(params.id, params.lineId, input);
  }

  @Authenticated({ permission: 'production.manage' })
  @Delete(':lineId')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@Param({ schema: ProjectProductParamsSchema }) params: LineParams): Promise<void> {
    return this.lines.remove(params.id, params.lineId);
  }
}
