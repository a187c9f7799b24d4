import { AlarmsService } from '../measurements/alarms.service.js';
import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Instrument, Role } from '@factoryops/contracts';
import { DataSource } from 'typeorm';
import { AppConfig } from '../../config/app-config.js';
import { UsersService } from '../auth/users.service.js';
import { CertificatesService } from '../calibration/certificates.service.js';
import { InstrumentsService } from '../instruments/instruments.service.js';
import { IngestService } from '../measurements/ingest.service.js';
import { MachinesService } from '../maintenance/machines.service.js';
import { MaintenanceRequestsService } from '../maintenance/maintenance-requests.service.js';
import { TeamsService } from '../maintenance/teams.service.js';
import { loadDemoMaintenance } from './demo-maintenance.js';
import { loadDemoAlarms } from './demo-alarms.js';
import { loadDemoMonitoring } from './demo-monitoring.js';
import { dayIn } from '../../common/site-calendar.js';
import { InvoicesService } from '../production/billing/invoices.service.js';
import { QuotesService } from '../production/billing/quotes.service.js';
import { CompanySettingsService } from '../production/settings/company-settings.service.js';
import { loadDemoBilling } from './demo-billing.js';
import { DemoProduction } from './demo-production.js';
import { DevicesService } from '../fleet/devices/devices.service.js';
import { SoftwareService } from '../fleet/software/software.service.js';
import { loadDemoFleet } from './demo-fleet.js';
import { DemoFleetTemplates } from './demo-fleet-templates.js';
import { demoPerson } from './demo-person.js';
import path from 'node:path';

export const DEMO_PASSWORD = 'demo1234';

export const DEMO_USERS: { email: string; displayName: string; roles: Role[] }[] = [
  { email: 'admin@demo.local', displayName: 'Ada Admin', roles: ['admin'] },
  { email: 'manager@demo.local', displayName: 'Max Manager', roles: ['manager'] },
  { email: 'tech@demo.local', displayName: 'Tess Technician', roles: ['technician'] },
  { email: 'repair@demo.local', displayName: 'Rene Repair', roles: ['repair'] },
  { email: 'operator@demo.local', displayName: 'Olga Operator', roles: ['operator'] },
  { email: 'viewer@demo.local', displayName: 'Vic Viewer', roles: ['viewer'] },
  { email: 'maker@demo.local', displayName: 'Mia Maker', roles: ['maker'] },
  { email: 'configurator@demo.local', displayName: 'Cody Configurator', roles: ['configurator'] },
];

/** Two simulated Fluke 1620As (`npm start` runs the simulator on these ports). */
export const DEMO_INSTRUMENTS = [
  { name: 'Calibration lab', location: 'Building A, room 012' },
  { name: 'Warehouse', location: 'Building B, bay 3' },
];

/** A typical lab climate: 18–24 °C, 30–60 %RH. */
const DEMO_LIMITS = { temperatureMin: 18, temperatureMax: 24, humidityMin: 30, humidityMax: 60 };

/** Demo mode only: loads the demo data once; running it again adds nothing. */
@Injectable()
export class DemoData implements OnApplicationBootstrap {
  private readonly logger = new Logger('DemoData');

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly instruments: InstrumentsService,
    private readonly teams: TeamsService,
    private readonly machines: MachinesService,
    private readonly requests: MaintenanceRequestsService,
    private readonly ingest: IngestService,
    private readonly certificates: CertificatesService,
    private readonly alarms: AlarmsService,
    private readonly production: DemoProduction,
    private readonly companySettings: CompanySettingsService,
    private readonly quotes: QuotesService,
    private readonly invoices: InvoicesService,
    private readonly devices: DevicesService,
    private readonly software: SoftwareService,
    private readonly fleetTemplates: DemoFleetTemplates,
  ) {}

  private async loadInstruments(): Promise<number> {
    const existing = new Set((await this.instruments.list()).map((instrument) => instrument.name));
    const created: Instrument[] = [];
    for (const [index, instrument] of DEMO_INSTRUMENTS.entries()) {
      if (existing.has(instrument.name)) continue;
      const instrumentDto = await this.instruments.create({
        ...instrument,
        host: '127.0.0.1',
        port: this.config.env.DEMO_SIMULATOR_BASE_PORT + index,
        driver: 'fluke-1620a',
        pollIntervalSeconds: 5,
        storageIntervalSeconds: 60,
        enabled: true,
      });
      for (const sensor of instrumentDto.sensors) {
        await this.instruments.updateSensor(sensor.id, { limits: DEMO_LIMITS });
      }
      created.push(instrumentDto);
    }
    if (created.length > 0) {
      await loadDemoMonitoring(created, {
        ingest: this.ingest,
        certificates: this.certificates,
        timeZone: this.config.env.SITE_TIME_ZONE,
      });
      await loadDemoAlarms(created, {
        alarms: this.alarms,
        dataSource: this.dataSource,
        acknowledgedBy: 'tech@demo.local',
      });
    }
    return created.length;
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.isDemo) return;
    let created = 0;
    for (const user of DEMO_USERS) {
      if (await this.users.findByEmail(user.email)) continue;
      await this.users.create({ ...user, password: DEMO_PASSWORD }, 'system');
      created += 1;
    }
    const instruments = await this.loadInstruments();
    const machines = await loadDemoMaintenance({
      dataSource: this.dataSource,
      users: this.users,
      teams: this.teams,
      machines: this.machines,
      requests: this.requests,
    });
    const projects = await this.production.load();
    const documents =
      projects.length > 0
        ? await loadDemoBilling(
            {
              dataSource: this.dataSource,
              settings: this.companySettings,
              quotes: this.quotes,
              invoices: this.invoices,
            },
            projects,
            dayIn(new Date(), this.config.env.SITE_TIME_ZONE),
          )
        : 0;
    await this.fleetTemplates.load();
    const devices = await loadDemoFleet(
      {
        devices: this.devices,
        software: this.software,
        incomingDir: path.join(this.config.env.DATA_DIR, 'uploads', 'incoming'),
      },
      await demoPerson(this.users, 'maker@demo.local', ['maker']),
    );
    if (created + instruments + machines + projects.length + devices > 0)
      this.logger.log(
        `Loaded demo data: ${created} users, ${instruments} instruments, ${machines} machines, ${projects.length} projects, ${documents} quotes and invoices, ${devices} devices`,
      );
  }
}
