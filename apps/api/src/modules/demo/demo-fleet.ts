import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  CreateDeviceInputSchema,
  CreateSoftwareInputSchema,
  CreateSoftwareVersionInputSchema,
  type CreateSoftwareInput,
  type CreateSoftwareVersionInput,
  DeviceListQuerySchema,
  type DeviceStatus,
  type JsonObject,
} from '@factoryops/contracts';
import type { Principal } from '../../common/principal.js';
import type { DevicesService } from '../fleet/devices/devices.service.js';
import type { SoftwareService } from '../fleet/software/software.service.js';

/**
 * What each type's devices are configured with, `n` varying the values from device to device: for the
 * types with a demo `device_config` template (demo-fleet-templates.ts), values its schema takes.
 */
const CONFIGURATIONS: Record<string, (n: number) => JsonObject> = {
  mask_tester: (n) => ({
    test_pressure_mbar: 100 + (n % 3) * 20,
    test_duration_s: 60,
    max_leak_rate_ml_min: 0.5,
    calibration_enabled: true,
    calibration_interval_days: 30,
    pressure_unit: 'mbar',
  }),
  pressure_sensor: (n) => ({
    range_mbar: { min: 0, max: n % 2 === 0 ? 10_000 : 16_000 },
    sampling_interval_ms: 20,
    modbus_address: n + 1,
    alarm_high_mbar: n % 2 === 0 ? 9_000 : 15_000,
  }),
  flow_meter: (n) => ({ range_l_min: 200 + n * 50, k_factor: 1.042, totaliser: true, output: '4-20mA' }),
  temperature_sensor: (n) => ({
    probe: 'PT100',
    range_c: [-40, 125],
    offset_c: Number((n * 0.05).toFixed(2)),
    interval_s: 10,
  }),
  humidity_sensor: (n) => ({ interval_s: 30, limits_percent_rh: n % 2 === 0 ? [30, 60] : [20, 70] }),
};

const KINDS: Record<string, string[]> = {
  mask_tester: ['FFP bench MT-400', 'Half-mask bench MT-250'],
  pressure_sensor: ['Piezo 0–10 bar', 'Piezo 0–16 bar'],
  flow_meter: ['Turbine DN25', 'Thermal mass DN15'],
  temperature_sensor: ['PT100 probe', 'Thermocouple K'],
  humidity_sensor: ['Capacitive RH', 'Capacitive RH + T'],
};

/** Four devices of each type, numbered as on their labels; a few inactive or in maintenance. */
const FLEET: { type: string; prefix: string }[] = [
  { type: 'mask_tester', prefix: 'MT' },
  { type: 'pressure_sensor', prefix: 'PS' },
  { type: 'flow_meter', prefix: 'FM' },
  { type: 'temperature_sensor', prefix: 'TS' },
  { type: 'humidity_sensor', prefix: 'HS' },
];
const STATUSES: DeviceStatus[] = ['active', 'active', 'maintenance', 'active', 'inactive'];

type Catalogue = CreateSoftwareInput & { versions: (CreateSoftwareVersionInput & { file: string })[] };

const CATALOGUE: Catalogue[] = [
  {
    name: 'Mask Tester Firmware',
    description: 'Controls the pump, valves and pressure loop of the MT benches.',
    vendor: 'Respira Test Systems',
    category: 'firmware',
    platform: 'ARM Cortex-M4',
    licence: 'Proprietary',
    repositoryUrl: 'https://git.example.com/respira/mt-firmware',
    documentationUrl: 'https://docs.example.com/respira/mt-firmware',
    versions: [
      {
        versionNumber: '2.4.0',
        releaseNotes: 'Leak test in 40 s.',
        channel: 'stable' as const,
        requiresReboot: true,
        file: 'mt-fw-2.4.0.bin',
      },
      {
        versionNumber: '2.4.1',
        releaseNotes: 'Fixes the valve timing on MT-250.',
        channel: 'stable' as const,
        requiresReboot: true,
        file: 'mt-fw-2.4.1.bin',
      },
      {
        versionNumber: '2.10.0',
        releaseNotes: 'FFP3 profile; new calibration routine.',
        channel: 'stable' as const,
        requiresReboot: true,
        file: 'mt-fw-2.10.0.bin',
      },
      {
        versionNumber: '3.0.0-beta.2',
        releaseNotes: 'New pressure controller, for trials.',
        channel: 'beta' as const,
        requiresReboot: true,
        file: 'mt-fw-3.0.0-beta.2.bin',
      },
    ].map((version) => ({
      ...version,
      compatibility: { deviceTypes: ['mask_tester'], minimumVersions: {} },
    })),
  },
  {
    name: 'Sensor Hub Firmware',
    description: 'Firmware of the pressure, flow, temperature and humidity transmitters.',
    vendor: 'Sensonet',
    category: 'firmware',
    platform: 'ESP32',
    licence: 'Proprietary',
    documentationUrl: 'https://docs.example.com/sensonet/hub',
    versions: [
      { versionNumber: '1.8.3', channel: 'stable' as const, file: 'hub-1.8.3.bin' },
      {
        versionNumber: '1.9.0',
        channel: 'stable' as const,
        releaseNotes: 'MQTT over TLS.',
        file: 'hub-1.9.0.bin',
      },
    ].map((version) => ({
      ...version,
      requiresReboot: true,
      compatibility: {
        deviceTypes: ['pressure_sensor', 'flow_meter', 'temperature_sensor', 'humidity_sensor'],
        minimumVersions: {},
      },
    })),
  },
  {
    name: 'Connect++',
    description: 'Bench application that runs the test scenarios and posts the reports.',
    vendor: 'FactoryOps',
    category: 'application',
    platform: 'Linux x86-64',
    licence: 'Apache-2.0',
    repositoryUrl: 'https://github.com/example/connect-plus-plus',
    versions: [
      { versionNumber: '0.9.0', channel: 'stable' as const, file: 'connect-0.9.0.tar.gz' },
      {
        versionNumber: '1.0.0',
        channel: 'stable' as const,
        releaseNotes: 'First release for production use.',
        file: 'connect-1.0.0.tar.gz',
      },
      { versionNumber: '1.1.0-rc.1', channel: 'beta' as const, file: 'connect-1.1.0-rc.1.tar.gz' },
    ].map((version) => ({
      ...version,
      compatibility: { deviceTypes: ['mask_tester'], minimumVersions: { 'Mask Tester Firmware': '2.4.0' } },
    })),
  },
  {
    name: 'USB Serial Driver',
    description: 'CP210x driver for the service port.',
    vendor: 'Silicon Labs',
    category: 'driver',
    platform: 'Windows 10/11',
    licence: 'Freeware',
    versions: [{ versionNumber: '11.3.0', channel: 'stable' as const, file: 'cp210x-11.3.0.zip' }],
  },
];

/** A small package file of believable content: a header naming it, then bytes derived from its name. */
function packageContent(software: string, version: string): Buffer {
  const header = Buffer.from(`${software} ${version}\nbuilt for the FactoryOps demo\n`);
  const body = Buffer.alloc(4096 + version.length * 512);
  let seed = createHash('sha256').update(`${software}@${version}`).digest();
  for (let offset = 0; offset < body.length; offset += seed.length) {
    seed.copy(body, offset);
    seed = createHash('sha256').update(seed).digest();
  }
  return Buffer.concat([header, body]);
}

/**
 * A believable fleet: twenty devices of every type spread over the demo's customers, and a software
 * catalogue of four packages with their versions and package files (written here, not kept in git).
 * Loads once: nothing when devices exist. Answers the devices made.
 */
export async function loadDemoFleet(
  services: { devices: DevicesService; software: SoftwareService; incomingDir: string },
  maker: Principal,
): Promise<number> {
  const { devices, software, incomingDir } = services;
  if ((await devices.list(DeviceListQuerySchema.parse({ pageSize: '1' }))).total > 0) return 0;
  const customers = (await devices.customersWithDevices()).slice(0, 5);
  let made = 0;
  for (const { type, prefix } of FLEET)
    for (let n = 0; n < 4; n += 1) {
      const index = made;
      await devices.create(
        CreateDeviceInputSchema.parse({
          deviceNumber: `${prefix}-2025-${String(n + 1).padStart(3, '0')}`,
          type,
          kind: KINDS[type][n % 2],
          serialNumber: `${prefix}${(4711 + index * 37).toString(36).toUpperCase()}${n}`,
          status: STATUSES[index % STATUSES.length],
          customerId: customers.length > 0 ? customers[index % customers.length].id : null,
          configuration: CONFIGURATIONS[type](n),
          notes: n === 2 ? 'Returned for recalibration' : '',
        }),
      );
      made += 1;
    }
  await mkdir(incomingDir, { recursive: true });
  for (const { versions, ...entry } of CATALOGUE) {
    const created = await software.create(CreateSoftwareInputSchema.parse(entry), maker);
    for (const [index, { file, ...version }] of versions.entries()) {
      const releasedAt = new Date(Date.now() - (versions.length - index) * 45 * 86_400_000).toISOString();
      const stored = await software.addVersion(
        created.id,
        CreateSoftwareVersionInputSchema.parse({ ...version, releasedAt }),
        maker,
      );
      const content = packageContent(entry.name, version.versionNumber);
      const incoming = path.join(incomingDir, `demo-${stored.id}`);
      await writeFile(incoming, content);
      await software.attachPackage(
        created.id,
        stored.id,
        { originalname: file, size: content.length, path: incoming },
        undefined,
      );
    }
  }
  return made;
}
