import { Controller, Get, Query } from '@nestjs/common';
import {
  LoginAttemptPageSchema,
  LoginAttemptQuerySchema,
  LoginDailyQuerySchema,
  LoginDailySchema,
} from '@factoryops/contracts';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { Authenticated } from '../../common/auth.decorators.js';
import { LoginAttemptsService } from './login-attempts.service.js';

@ApiTags('auth')
@Controller('login-attempts')
export class LoginAttemptsController {
  constructor(private readonly loginAttempts: LoginAttemptsService) {}

  @Authenticated({ permission: 'logins.view' })
  @Get()
  @ApiOkResponse({ standardSchema: LoginAttemptPageSchema })
  list(@Query({ schema: LoginAttemptQuerySchema }) query: z.output<typeof LoginAttemptQuerySchema>) {
    return this.loginAttempts.list(query);
  }

  @Authenticated({ permission: 'logins.view' })
  @Get('daily')
  @ApiOkResponse({ standardSchema: LoginDailySchema })
  daily(@Query({ schema: LoginDailyQuerySchema }) query: z.output<typeof LoginDailyQuerySchema>) {
    return this.loginAttempts.daily(query.days);
  }
}
