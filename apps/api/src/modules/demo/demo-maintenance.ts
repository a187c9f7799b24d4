import type { DataSource } from 'typeorm';
import type { UsersService } from '../auth/users.service.js';
import type { MachinesService } from '../maintenance/machines.service.js';
import type { MaintenanceRequestsService } from '../maintenance/maintenance-requests.service.js';
import type { TeamsService } from '../maintenance/teams.service.js';
import { demoPerson } from './demo-person.js';

const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Teams, machines, requests in every status and a few warnings, so the board and dashboard have life. */
export async function loadDemoMaintenance(services: {
  dataSource: DataSource;
  users: UsersService;
  teams: TeamsService;
  machines: MachinesService;
  requests: MaintenanceRequestsService;
}): Promise<number> {
  const { dataSource, users, teams, machines, requests } = services;
  if ((await teams.list()).length > 0) return 0;
  const manager = await demoPerson(users, 'manager@demo.local', ['manager']);
  const tess = await demoPerson(users, 'tech@demo.local', ['technician']);
  const rene = await demoPerson(users, 'repair@demo.local', ['repair']);

  const mechanics = await teams.create({
    name: 'Mechanics',
    description: 'Presses, machining and compressed air',
    memberIds: [tess.id, rene.id],
  });
  const electrical = await teams.create({
    name: 'Electrical',
    description: 'Drives, lasers and conveyors',
    memberIds: [tess.id],
  });
  const machine = (
    name: string,
    code: string,
    building: string,
    area: string,
    category: string,
    importance: number,
    teamId: string,
  ) =>
    machines.create({
      name,
      code,
      building,
      area,
      category,
      importance,
      teamId,
      responsibleIds: [manager.id],
    });
  const press1 = await machine(
    'Press A1',
    'PRS-A1',
    'Building A',
    'Press shop',
    'Hydraulic press',
    5,
    mechanics.id,
  );
  const press2 = await machine(
    'Press A2',
    'PRS-A2',
    'Building A',
    'Press shop',
    'Hydraulic press',
    4,
    mechanics.id,
  );
  const compressor = await machine(
    'Compressor A3',
    'CMP-A3',
    'Building A',
    'Utilities',
    'Compressor',
    4,
    mechanics.id,
  );
  const conveyor = await machine(
    'Conveyor A4',
    'CNV-A4',
    'Building A',
    'Assembly',
    'Conveyor',
    3,
    electrical.id,
  );
  const mill = await machine('CNC mill B1', 'CNC-B1', 'Building B', 'Machining', 'CNC', 5, mechanics.id);
  const lathe = await machine('CNC lathe B2', 'CNC-B2', 'Building B', 'Machining', 'CNC', 4, mechanics.id);
  const laser = await machine(
    'Laser cutter B3',
    'LAS-B3',
    'Building B',
    'Cutting',
    'Laser',
    5,
    electrical.id,
  );
  const booth = await machine(
    'Paint booth B4',
    'PNT-B4',
    'Building B',
    'Finishing',
    'Paint booth',
    2,
    electrical.id,
  );
  const drill = await machine(
    'Drill press A5',
    'DRL-A5',
    'Building A',
    'Press shop',
    'Drill',
    1,
    mechanics.id,
  );

  const open = (
    machineId: string,
    subject: string,
    severity: 'Low' | 'Medium' | 'High' | 'Critical',
    by = tess,
  ) =>
    requests.create(
      {
        type: 'Corrective',
        machineId,
        subject,
        description: '',
        severity,
        scheduledDate: null,
        recurrence: null,
        estimatedHours: 2,
      },
      { label: by.displayName, userId: by.id, isManager: false, source: 'app' },
    );
  const leak = await open(press1.id, 'Hydraulic pump leak', 'High');
  await requests.assign(manager, leak.id, { technicianId: tess.id });
  const vibration = await open(mill.id, 'Spindle vibration above 4 mm/s', 'Medium', rene);
  await requests.assign(manager, vibration.id, { technicianId: rene.id });
  await requests.start(rene, vibration.id, {});
  await open(laser.id, 'Lens contamination, cut quality dropping', 'Low');
  /** A fault repaired in the past: reported `daysAgo`, repaired `hours` later (history for the KPIs). */
  const repaired = async (
    machineId: string,
    subject: string,
    daysAgo: number,
    hours: number,
    by = tess,
    notes?: string,
  ) => {
    const fault = await open(machineId, subject, 'Medium', by);
    await requests.assign(manager, fault.id, { technicianId: by.id });
    await requests.start(by, fault.id, {});
    await requests.complete(by, fault.id, { durationHours: hours, notes });
    await dataSource.query(
      `UPDATE maintenance_requests SET created_at = now() - make_interval(days => $2),
              started_at = now() - make_interval(days => $2) + interval '20 minutes',
              repaired_at = now() - make_interval(days => $2) + make_interval(secs => $3::float8 * 3600)
        WHERE id = $1`,
      [fault.id, daysAgo, hours],
    );
  };
  await repaired(compressor.id, 'Pressure drops under load', 2, 2.5, tess, 'Replaced the inlet valve seal.');
  await repaired(press1.id, 'Ram stroke uneven', 75, 6);
  await repaired(mill.id, 'Coolant pump failure', 52, 3.5, rene);
  await repaired(laser.id, 'Nozzle damaged after collision', 31, 1.5);
  await repaired(conveyor.id, 'Drive belt slipping', 18, 2);
  await repaired(lathe.id, 'Chuck jaw worn', 9, 4, rene);

  const worn = await open(drill.id, 'Column cracked, beyond repair', 'Critical', rene);
  await requests.scrap(manager, worn.id, {});

  const preventive = (machineId: string, subject: string, scheduledDate: string, every: number) =>
    requests.create(
      {
        type: 'Preventive',
        machineId,
        subject,
        description: '',
        severity: 'Low',
        scheduledDate,
        recurrence: { every, unit: 'month', until: null },
        estimatedHours: 1.5,
      },
      { label: manager.displayName, userId: manager.id, isManager: true, source: 'app' },
    );
  await preventive(press2.id, 'Quarterly lubrication', daysFromToday(-10), 3);
  await preventive(conveyor.id, 'Belt tension inspection', daysFromToday(7), 1);

  const system = { kind: 'api_key' as const, id: 'demo', name: 'PLC gateway', permissions: [] };
  await machines.raiseWarning(
    lathe.id,
    { code: 'TEMP-HI', message: 'Spindle temperature above 60 °C', severity: 'High', source: 'PLC line 2' },
    { principal: system, key: undefined, method: 'POST', path: '', body: null },
  );
  await machines.raiseWarning(
    booth.id,
    {
      code: 'FILTER',
      message: 'Exhaust filter pressure high',
      severity: 'Medium',
      source: 'Booth controller',
    },
    { principal: system, key: undefined, method: 'POST', path: '', body: null },
  );
  return 9;
}
