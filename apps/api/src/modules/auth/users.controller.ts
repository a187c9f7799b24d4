import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  type CreateUserInput,
  CreateUserInputSchema,
  IdParamsSchema,
  type Page,
  type ResetPasswordInput,
  ResetPasswordInputSchema,
  type UpdateUserInput,
  UpdateUserInputSchema,
  type User,
  UserListQuerySchema,
  UserPageSchema,
  UserSchema,
} from '@factoryops/contracts';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { Answer } from '../../common/answer.decorator.js';
import { Authenticated, CurrentUser } from '../../common/auth.decorators.js';
import type { UserPrincipal } from '../../common/principal.js';
import { UsersService } from './users.service.js';

@ApiTags('users')
@Controller('users')
export class UsersController {
  constructor(private readonly users: UsersService) {}

  @Authenticated({ permission: 'users.manage' })
  @Get()
  @Answer(UserPageSchema)
  list(
    @Query({ schema: UserListQuerySchema }) query: z.output<typeof UserListQuerySchema>,
  ): Promise<Page<User>> {
    return this.users.list(query);
  }

  @Authenticated({ permission: 'users.manage' })
  @Post()
  @ApiCreatedResponse({ standardSchema: UserSchema })
  create(
    @Body({ schema: CreateUserInputSchema }) input: CreateUserInput,
    @CurrentUser() actor: UserPrincipal,
  ) {
    return this.users.create(input, actor);
  }

  @Authenticated({ permission: 'users.manage' })
  @Get(':id')
  @ApiOkResponse({ standardSchema: UserSchema })
  get(@Param({ schema: IdParamsSchema }) params: { id: string }): Promise<User> {
    return this.users.get(params.id);
  }

  @Authenticated({ permission: 'users.manage' })
  @Patch(':id')
  @ApiOkResponse({ standardSchema: UserSchema })
  update(
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Body({ schema: UpdateUserInputSchema }) input: UpdateUserInput,
    @CurrentUser() actor: UserPrincipal,
  ): Promise<User> {
    return this.users.update(params.id, input, actor);
  }

  @Authenticated({ permission: 'users.manage' })
  @Post(':id/password')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Password replaced; the user is signed out everywhere' })
  resetPassword(
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @Body({ schema: ResetPasswordInputSchema }) input: ResetPasswordInput,
    @CurrentUser() actor: UserPrincipal,
  ): Promise<void> {
    return this.users.resetPassword(params.id, input.password, actor);
  }

  @Authenticated({ permission: 'users.manage' })
  @Delete(':id/sessions')
  @HttpCode(204)
  @ApiNoContentResponse({ description: 'Every session of the user is revoked' })
  revokeSessions(
    @Param({ schema: IdParamsSchema }) params: { id: string },
    @CurrentUser() actor: UserPrincipal,
  ) {
    return this.users.revokeSessions(params.id, actor);
  }
}
