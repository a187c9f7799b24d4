import type { CreateJsonTemplateInput } from '@factoryops/contracts';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DevicesService } from '../fleet/devices/devices.service.js';
import { JsonTemplateEntity } from '../fleet/templates/json-template.entity.js';
import { JsonTemplatesService } from '../fleet/templates/json-templates.service.js';

/** A test step: its number, what it does, its parameters and what passes (shared by the flows below). */
const STEP = {
  type: 'object',
  required: ['step', 'action'],
  additionalProperties: false,
  properties: {
    step: { type: 'integer', minimum: 1, title: 'Step' },
    action: {
      title: 'Action',
      enum: ['initialize', 'calibrate', 'pressurize', 'hold', 'measure', 'vent', 'test'],
    },
    params: { type: 'object', title: 'Parameters' },
    criteria: {
      type: 'object',
      title: 'Success criteria',
      additionalProperties: false,
      properties: {
        pressure_min_mbar: { type: 'number', title: 'Pressure at least (mbar)' },
        pressure_max_mbar: { type: 'number', title: 'Pressure at most (mbar)' },
        max_leak_rate_ml_min: { type: 'number', minimum: 0, title: 'Leak rate at most (ml/min)' },
      },
    },
  },
};

/** A test flow: its numbered steps. */
const TEST_FLOW = {
  type: 'object',
  required: ['steps'],
  properties: { steps: { type: 'array', title: 'Steps', minItems: 1, items: { $ref: '#/$defs/step' } } },
  $defs: { step: STEP },
};

/** The templates of the demo fleet: a few of each type, with the schemas a test lab would write. */
export const DEMO_TEMPLATES: CreateJsonTemplateInput[] = [
  {
    name: 'Mask tester configuration',
    type: 'device_config',
    category: 'mask_tester',
    description: 'Test pressure, duration and calibration of a mask tester bench',
    schema: {
      type: 'object',
      required: ['test_pressure_mbar', 'test_duration_s'],
      additionalProperties: false,
      properties: {
        test_pressure_mbar: { type: 'number', title: 'Test pressure (mbar)', minimum: 10, maximum: 300 },
        test_duration_s: { type: 'integer', title: 'Test duration (s)', minimum: 10, maximum: 600 },
        max_leak_rate_ml_min: { type: 'number', title: 'Largest leak rate (ml/min)', minimum: 0 },
        calibration_enabled: { type: 'boolean', title: 'Calibrate before each test' },
        calibration_interval_days: { type: 'integer', title: 'Calibration interval (days)', minimum: 1 },
        pressure_unit: { title: 'Pressure unit', enum: ['mbar', 'Pa', 'kPa'] },
      },
    },
    defaults: {
      test_pressure_mbar: 100,
      test_duration_s: 60,
      max_leak_rate_ml_min: 5,
      calibration_enabled: true,
      calibration_interval_days: 30,
      pressure_unit: 'mbar',
    },
  },
  {
    name: 'Pressure sensor configuration',
    type: 'device_config',
    category: 'pressure_sensor',
    description: 'Measuring range, sampling and Modbus address of a pressure sensor',
    schema: {
      type: 'object',
      required: ['range_mbar', 'sampling_interval_ms'],
      properties: {
        range_mbar: {
          type: 'object',
          title: 'Measuring range (mbar)',
          required: ['min', 'max'],
          properties: { min: { type: 'number', title: 'From' }, max: { type: 'number', title: 'To' } },
        },
        sampling_interval_ms: {
          type: 'integer',
          title: 'Sampling interval (ms)',
          minimum: 10,
          maximum: 60000,
        },
        modbus_address: { type: 'integer', title: 'Modbus address', minimum: 1, maximum: 247 },
        alarm_high_mbar: { type: 'number', title: 'Alarm above (mbar)' },
      },
    },
    defaults: {
      range_mbar: { min: 0, max: 1000 },
      sampling_interval_ms: 500,
      modbus_address: 1,
      alarm_high_mbar: 900,
    },
  },
  {
    name: 'Humidity sensor configuration',
    type: 'device_config',
    category: 'humidity_sensor',
    description: 'Reporting interval and limits of a humidity sensor',
    schema: {
      type: 'object',
      properties: {
        interval_s: { type: 'integer', title: 'Report every (s)', minimum: 1 },
        limits_percent_rh: {
          type: 'array',
          title: 'Limits (low, high % RH)',
          prefixItems: [
            { type: 'number', minimum: 0, maximum: 100 },
            { type: 'number', minimum: 0, maximum: 100 },
          ],
          items: false,
          minItems: 2,
        },
      },
    },
    defaults: { interval_s: 60, limits_percent_rh: [30, 60] },
  },
  {
    name: 'Mask tester pressure test',
    type: 'test_flow',
    category: 'mask_tester',
    description: 'Initialize, calibrate, pressurize to 100 mbar, hold 60 s, measure the leak rate, vent',
    schema: TEST_FLOW,
    defaults: {
      steps: [
        { step: 1, action: 'initialize', params: {} },
        { step: 2, action: 'calibrate', params: { pressure_mbar: 100 } },
        {
          step: 3,
          action: 'pressurize',
          params: { pressure_mbar: 100 },
          criteria: { pressure_min_mbar: 95 },
        },
        {
          step: 4,
          action: 'hold',
          params: { duration_s: 60 },
          criteria: { pressure_min_mbar: 95, pressure_max_mbar: 105 },
        },
        { step: 5, action: 'measure', params: { duration_s: 10 }, criteria: { max_leak_rate_ml_min: 5 } },
        { step: 6, action: 'vent', params: {} },
      ],
    },
  },
  {
    name: 'Flow meter verification',
    type: 'test_flow',
    category: 'flow_meter',
    description: 'Three flow points compared with the reference meter',
    schema: TEST_FLOW,
    defaults: {
      steps: [
        { step: 1, action: 'initialize', params: {} },
        { step: 2, action: 'measure', params: { flow_l_min: 10 } },
        { step: 3, action: 'measure', params: { flow_l_min: 50 } },
        { step: 4, action: 'measure', params: { flow_l_min: 100 } },
      ],
    },
  },
  {
    name: 'Connect++ runtime settings',
    type: 'software_config',
    category: 'application',
    description: 'Where Connect++ reports to, how long it waits and how much it logs',
    schema: {
      type: 'object',
      required: ['api_url'],
      properties: {
        api_url: { type: 'string', format: 'uri', title: 'API address' },
        timeout_s: { type: 'integer', title: 'Timeout (s)', minimum: 1, maximum: 300 },
        retries: { type: 'integer', title: 'Retries', minimum: 0, maximum: 10 },
        log_level: { title: 'Log level', enum: ['error', 'warn', 'info', 'debug'] },
        update_channel: { title: 'Update channel', enum: ['stable', 'beta'] },
      },
    },
    defaults: {
      api_url: 'https://fleet.example.com/api/v1',
      timeout_s: 30,
      retries: 3,
      log_level: 'info',
      update_channel: 'stable',
    },
  },
  {
    name: 'Firmware update policy',
    type: 'software_config',
    category: 'firmware',
    description: 'When a device may install firmware and whom to tell',
    schema: {
      type: 'object',
      properties: {
        maintenance_window: {
          type: 'object',
          title: 'Maintenance window',
          properties: {
            from: { type: 'string', format: 'time', title: 'From' },
            to: { type: 'string', format: 'time', title: 'To' },
          },
        },
        notify_email: { type: 'string', format: 'email', title: 'Notify' },
        allow_reboot: { type: 'boolean', title: 'May reboot' },
      },
    },
    defaults: {
      maintenance_window: { from: '22:00:00Z', to: '04:00:00Z' },
      notify_email: 'service@example.com',
      allow_reboot: true,
    },
  },
  {
    name: 'Mask tester acceptance scenario',
    type: 'scenario',
    category: 'mask_tester',
    description: 'The acceptance test of a new mask tester: ambient conditions, operator, test flow',
    schema: {
      type: 'object',
      required: ['device_type', 'operator_participation'],
      properties: {
        device_type: { const: 'mask_tester', title: 'Device type' },
        operator_participation: { type: 'boolean', title: 'Needs an operator' },
        ambient: {
          type: 'array',
          title: 'Ambient (°C, % RH)',
          prefixItems: [
            { type: 'number', minimum: 15, maximum: 30 },
            { type: 'number', minimum: 20, maximum: 70 },
          ],
          items: false,
        },
        repeat: { type: 'integer', title: 'Repeat', minimum: 1, maximum: 10 },
      },
    },
    defaults: { device_type: 'mask_tester', operator_participation: true, ambient: [21, 45], repeat: 3 },
  },
  {
    name: 'Pressure sensor daily check',
    type: 'scenario',
    category: 'pressure_sensor',
    description: 'A zero check and one reference point, done by the first shift',
    schema: {
      type: 'object',
      properties: {
        zero_tolerance_mbar: { type: 'number', title: 'Zero within (mbar)', exclusiveMinimum: 0 },
        reference_mbar: { type: 'number', title: 'Reference pressure (mbar)' },
        shift: { title: 'Shift', enum: ['first', 'second', 'night'] },
      },
    },
    defaults: { zero_tolerance_mbar: 0.5, reference_mbar: 500, shift: 'first' },
  },
];

/**
 * The demo's JSON templates, added once (when the fleet has none) through the service that checks them;
 * each device type with a `device_config` template of its code (the template's category) is given it, so
 * the demo devices' configurations are checked against it. Called by DemoData before the demo devices.
 */
@Injectable()
export class DemoFleetTemplates {
  private readonly logger = new Logger('DemoFleetTemplates');

  constructor(
    private readonly dataSource: DataSource,
    private readonly templates: JsonTemplatesService,
    private readonly devices: DevicesService,
  ) {}

  async load(): Promise<void> {
    if ((await this.dataSource.getRepository(JsonTemplateEntity).count()) > 0) return;
    const types = new Set((await this.devices.types()).map((type) => type.code));
    for (const template of DEMO_TEMPLATES) {
      const created = await this.templates.create({
        category: '',
        description: '',
        active: true,
        ...template,
      });
      if (created.type === 'device_config' && types.has(created.category))
        await this.devices.updateType(created.category, { configTemplateId: created.id });
    }
    this.logger.log(`Loaded demo data: ${DEMO_TEMPLATES.length} fleet JSON templates`);
  }
}
