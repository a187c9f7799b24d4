import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import {
  CreateDeviceInputSchema,
  CreateDeviceTypeInputSchema,
  type CreateDeviceTypeInput,
  type Device,
  DeviceListQuerySchema,
  DevicePageSchema,
  DeviceSchema,
  type DeviceType,
  DeviceTypeListSchema,
  DeviceTypeParamsSchema,
  DeviceTypeSchema,
  type FleetCustomer,
  FleetCustomerListSchema,
  IdParamsSchema,
  type Page,
  type UpdateDeviceInput,
  UpdateDeviceInputSchema,
  type UpdateDeviceTypeInput,
  UpdateDeviceTypeInputSchema,
} from '@factoryops/contracts';
import { ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { z } from 'zod';
import { Authenticated } from '../../../common/auth.decorators.js';
import { DevicesService } from './devices.service.js';

type Id = { id: string };

@ApiTags('fleet')
@Controller('fleet')
export class DevicesController {
  constructor(private readonly devices: DevicesService) {}

  /** Devices by number; filtered by type, status, customer and a search of number, serial, kind and notes. */
  @Authenticated({ permission: 'fleet.view' })
  @Get('devices')
  @ApiOkResponse({ standardSchema: DevicePageSchema })
  list(
    @Query({ schema: DeviceListQuerySchema }) query: z.output<typeof DeviceListQuerySchema>,
  ): Promise<Page<Device>> {
    return this.devices.list(query);
  }

  @Authenticated({ permission: 'fleet.view' })
  @Get('devices/:id')
  @ApiOkResponse({ standardSchema: DeviceSchema })
  get(@Param({ schema: IdParamsSchema }) params: Id): Promise<Device> {
    return this.devices.get(params.id);
  }

  /** A duplicate device number is refused with 409, also when two requests race. */
  @Authenticated({ permission: 'fleet.devices.manage' })
  @Post('devices')
  @ApiCreatedResponse({ standardSchema: DeviceSchema })
  create(
    @Body({ schema: CreateDeviceInputSchema }) input: z.output<typeof CreateDeviceInputSchema>,
  ): Promise<Device> {
    return this.devices.create(input);
  }

  /** The fields given change; a `version` older than the device's is refused with 409. */
  @Authenticated({ permission: 'fleet.devices.manage' })
  @Patch('devices/:id')
  @ApiOkResponse({ standardSchema: DeviceSchema })
  update(
    @Param({ schema: IdParamsSchema }) params: Id,
    @Body({ schema: UpdateDeviceInputSchema }) input: UpdateDeviceInput,
  ): Promise<Device> {
    return this.devices.update(params.id, input);
  }

  @Authenticated({ permission: 'fleet.devices.manage' })
  @Delete('devices/:id')
  @HttpCode(204)
  @ApiNoContentResponse()
  remove(@Param({ schema: IdParamsSchema }) params: Id): Promise<void> {
    return this.devices.remove(params.id);
  }

  /** The device types, with how many devices each has. */
  @Authenticated({ permission: 'fleet.view' })
  @Get('device-types')
  @ApiOkResponse({ standardSchema: DeviceTypeListSchema })
  async types(): Promise<{ items: DeviceType[] }> {
    return { items: await this.devices.types() };
  }

  /** A new device type (a site's own); its code is unique (409). */
  @Authenticated({ permission: 'fleet.devices.manage' })
  @Post('device-types')
  @ApiCreatedResponse({ standardSchema: DeviceTypeSchema })
  createType(
    @Body({ schema: CreateDeviceTypeInputSchema }) input: CreateDeviceTypeInput,
  ): Promise<DeviceType> {
    return this.devices.createType(input);
  }

  /** Renames a device type, or names the `device_config` template its devices' configurations follow. */
  @Authenticated({ permission: 'fleet.devices.manage' })
  @Patch('device-types/:code')
  @ApiOkResponse({ standardSchema: DeviceTypeSchema })
  updateType(
    @Param({ schema: DeviceTypeParamsSchema }) params: { code: string },
    @Body({ schema: UpdateDeviceTypeInputSchema }) input: UpdateDeviceTypeInput,
  ): Promise<DeviceType> {
    return this.devices.updateType(params.code, input);
  }

  /** The customers (production's clients) devices may belong to, with their device counts. */
  @Authenticated({ permission: 'fleet.view' })
  @Get('customers')
  @ApiOkResponse({ standardSchema: FleetCustomerListSchema })
  async customers(): Promise<{ items: FleetCustomer[] }> {
    return { items: await this.devices.customersWithDevices() };
  }
}
