import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import {
  ApiKeyListSchema,
  type CreateApiKeyInput,
  CreateApiKeyInputSchema,
  CreatedApiKeySchema,
  IdParamsSchema,
} from '@factoryops/contracts';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Authenticated, CurrentUser } from '../../common/auth.decorators.js';
import type { UserPrincipal } from '../../common/principal.js';
import { ApiKeysService } from './api-keys.service.js';

@ApiTags('api-keys')
@Controller('api-keys')
export class ApiKeysController {
  constructor(private readonly apiKeys: ApiKeysService) {}

  @Authenticated({ permission: 'apikeys.manage' })
  @Get()
  @ApiOkResponse({ standardSchema: ApiKeyListSchema })
  list() {
    return this.apiKeys.list();
  }

  @Authenticated({ permission: 'apikeys.manage' })
  @Post()
  @ApiCreatedResponse({
    standardSchema: CreatedApiKeySchema,
    description: 'The secret is shown only in this answer',
  })
  create(
    @Body({ schema: CreateApiKeyInputSchema }) input: CreateApiKeyInput,
    @CurrentUser() actor: UserPrincipal,
  ) {
    return this.apiKeys.create(input, actor.id);
  }

  @Authenticated({ permission: 'apikeys.manage' })
  @Delete(':id')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Revoked; the key is kept for the record' })
  revoke(@Param({ schema: IdParamsSchema }) params: { id: string }) {
    return this.apiKeys.revoke(params.id);
  }
}
