import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import {
  type ChooseSageBusinessInput,
  ChooseSageBusinessInputSchema,
  IdParamsSchema,
  type Page,
  type SageAuthorization,
  SageAuthorizationSchema,
  type SageBusinessList,
  SageBusinessListSchema,
  type SageCallbackInput,
  SageCallbackInputSchema,
  type SageStatus,
  SageStatusSchema,
  type SageSync,
  type SageSyncCall,
  SageSyncCallPageSchema,
  SageSyncListQuerySchema,
  SageSyncPageSchema,
  SageSyncSchema,
} from '@factoryops/contracts';
import { ApiAcceptedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { Authenticated, CurrentPrincipal } from '../../../common/auth.decorators.js';
import type { Principal } from '../../../common/principal.js';
import { SageConnectionService } from './sage-connection.service.js';
import { SageSyncService } from './sage-sync.service.js';

type PageQuery = z.output<typeof SageSyncListQuerySchema>;

@ApiTags('production')
@Controller('production/sage')
export class SageController {
  constructor(
    private readonly connection: SageConnectionService,
    private readonly syncs: SageSyncService,
  ) {}

  /** Configured? Connected, to which business? The latest sync. */
  @Authenticated({ permission: 'production.sage.manage' })
  @Get()
  @ApiOkResponse({ standardSchema: SageStatusSchema })
  status(): Promise<SageStatus> {
    return this.connection.status();
  }

  /** Starts the sign-in at Sage: the browser goes to `authorizeUrl`, and comes back to the callback page. */
  @Authenticated({ permission: 'production.sage.manage' })
  @Post('connect')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: SageAuthorizationSchema })
  connect(
    @CurrentPrincipal() principal: Principal,
    @Req() request: FastifyRequest,
  ): Promise<SageAuthorization> {
    return this.connection.connect(principal, `${request.protocol}://${request.host}`);
  }

  /** What Sage handed the callback page: the code is exchanged once the state checks out. */
  @Authenticated({ permission: 'production.sage.manage' })
  @Post('callback')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: SageStatusSchema })
  callback(
    @Body({ schema: SageCallbackInputSchema }) input: SageCallbackInput,
    @CurrentPrincipal() principal: Principal,
  ): Promise<SageStatus> {
    return this.connection.callback(input, principal);
  }

  @Authenticated({ permission: 'production.sage.manage' })
  @Get('businesses')
  @ApiOkResponse({ standardSchema: SageBusinessListSchema })
  async businesses(): Promise<SageBusinessList> {
    return { items: await this.connection.businesses() };
  }

  @Authenticated({ permission: 'production.sage.manage' })
  @Post('business')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: SageStatusSchema })
  chooseBusiness(
    @Body({ schema: ChooseSageBusinessInputSchema }) input: ChooseSageBusinessInput,
  ): Promise<SageStatus> {
    return this.connection.chooseBusiness(input);
  }

  /** Revokes the tokens at Sage and deletes them here. */
  @Authenticated({ permission: 'production.sage.manage' })
  @Post('disconnect')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: SageStatusSchema })
  disconnect(): Promise<SageStatus> {
    return this.connection.disconnect();
  }

  /** Queues a sync (contacts, then invoices and their payment status); it runs in the background. */
  @Authenticated({ permission: 'production.sage.manage' })
  @Post('syncs')
  @HttpCode(202)
  @ApiAcceptedResponse({ standardSchema: SageSyncSchema })
  startSync(@CurrentPrincipal() principal: Principal): Promise<SageSync> {
    return this.syncs.start(principal);
  }

  @Authenticated({ permission: 'production.sage.manage' })
  @Get('syncs')
  @ApiOkResponse({ standardSchema: SageSyncPageSchema })
  listSyncs(@Query({ schema: SageSyncListQuerySchema }) query: PageQuery): Promise<Page<SageSync>> {
    return this.syncs.list(query);
  }

  @Authenticated({ permission: 'production.sage.manage' })
  @Get('syncs/:id')
  @ApiOkResponse({ standardSchema: SageSyncSchema })
  getSync(@Param({ schema: IdParamsSchema }) params: { id: string }): Promise<SageSync> {
    return this.syncs.get(params.id);
  }

  /** Every HTTP call the sync made to Sage (admins). */
  @Authenticated({ permission: 'production.sage.log.view' })
  @Get('syncs/:id/calls')
  @ApiOkResponse({ standardSchema: SageSyncCallPageSchema })
  calls(
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Query({ schema: SageSyncListQuerySchema }) query: PageQuery,
  ): Promise<Page<SageSyncCall>> {
    return this.syncs.calls(params.id, query);
  }
}
