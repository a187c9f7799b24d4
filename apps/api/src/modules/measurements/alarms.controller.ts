import { Body, Controller, Get, HttpCode, Param, Post, Put, Query } from '@nestjs/common';
import {
  type AcknowledgeAlarmInput,
  AcknowledgeAlarmInputSchema,
  type Alarm,
  type AlarmCounts,
  AlarmCountsSchema,
  AlarmListQuerySchema,
  AlarmPageSchema,
  type AlarmRule,
  AlarmRuleInputSchema,
  AlarmRuleSchema,
  AlarmSchema,
  IdParamsSchema,
  type Page,
} from '@factoryops/contracts';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { Authenticated, CurrentUser } from '../../common/auth.decorators.js';
import type { UserPrincipal } from '../../common/principal.js';
import { AlarmsService } from './alarms.service.js';

type Id = { id: string };

@ApiTags('alarms')
@Controller()
export class AlarmsController {
  constructor(private readonly alarms: AlarmsService) {}

  /** The alarm list (`state=open`, the default) or the history (`state=all`), filtered and paged. */
  @Authenticated({ permission: 'measurements.view' })
  @Get('alarms')
  @ApiOkResponse({ standardSchema: AlarmPageSchema })
  list(
    @Query({ schema: AlarmListQuerySchema }) query: z.output<typeof AlarmListQuerySchema>,
  ): Promise<Page<Alarm>> {
    return this.alarms.list(query);
  }

  @Authenticated({ permission: 'measurements.view' })
  @Get('alarms/counts')
  @ApiOkResponse({ standardSchema: AlarmCountsSchema })
  counts(): Promise<AlarmCounts> {
    return this.alarms.counts();
  }

  @Authenticated({ permission: 'measurements.view' })
  @Get('alarms/:id')
  @ApiOkResponse({ standardSchema: AlarmSchema })
  get(@Param({ schema: IdParamsSchema }) params: Id): Promise<Alarm> {
    return this.alarms.get(params.id);
  }

  @Authenticated({ permission: 'alarms.acknowledge' })
  @Post('alarms/:id/acknowledge')
  @HttpCode(200)
  @ApiOkResponse({ standardSchema: AlarmSchema })
  acknowledge(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Body({ schema: AcknowledgeAlarmInputSchema }) input: AcknowledgeAlarmInput,
    @CurrentUser() user: UserPrincipal,
  ): Promise<Alarm> {
    return this.alarms.acknowledge(params.id, input, user);
  }

  @Authenticated({ permission: 'measurements.view' })
  @Get('alarm-rules')
  @ApiOkResponse({ standardSchema: z.array(AlarmRuleSchema) })
  rules(): Promise<AlarmRule[]> {
    return this.alarms.rules();
  }

  @Authenticated({ permission: 'measurements.view' })
  @Get('sensors/:id/alarm-rule')
  @ApiOkResponse({ standardSchema: AlarmRuleSchema })
  rule(@Param({ schema: IdParamsSchema }) params: Id): Promise<AlarmRule> {
    return this.alarms.rule(params.id);
  }

  @Authenticated({ permission: 'alarms.manage' })
  @Put('sensors/:id/alarm-rule')
  @ApiOkResponse({ standardSchema: AlarmRuleSchema })
  saveRule(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Body({ schema: AlarmRuleInputSchema }) input: z.output<typeof AlarmRuleInputSchema>,
  ): Promise<AlarmRule> {
    return this.alarms.saveRule(params.id, input);
  }
}
