import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiKeyListSchema,
  type CreateKioskLinkInput,
  CreateKioskLinkInputSchema,
  CreatedApiKeySchema,
  IdParamsSchema,
} from '@factoryops/contracts';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser } from '../../common/auth.decorators.js';
import type { UserPrincipal } from '../../common/principal.js';
import { ApiKeysService } from '../auth/api-keys.service.js';

/**
 * Links for wall displays: a TV shows live readings without anyone signing in. Each is a key that may
 * only watch (`measurements.view`), shown once, revocable at any time.
 */
@ApiTags('instruments')
@Controller('kiosk-links')
export class KioskLinksController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Authenticated({ permission: 'instruments.manage' })
  @Get()
  @ApiOkResponse({ standardSchema: ApiKeyListSchema })
  list() {
    return this.apiKeys.list('kiosk');
  }

  @Authenticated({ permission: 'instruments.manage' })
  @Post()
  @ApiCreatedResponse({
    standardSchema: CreatedApiKeySchema,
    description: 'The secret is shown only in this answer',
  })
  create(
    @Body({ schema: CreateKioskLinkInputSchema }) input: CreateKioskLinkInput,
    @CurrentUser() user: UserPrincipal,
  ) {
    return this.apiKeys.create({ name: input.name, permissions: ['measurements.view'] }, user.id, 'kiosk');
  }

  @Authenticated({ permission: 'instruments.manage' })
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Revoked: the wall display stops at once' })
  revoke(@Param({ schema: IdParamsSchema }) params: { id: string }) {
    return this.apiKeys.revoke(params.id, 'kiosk');
  }
}
