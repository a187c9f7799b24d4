import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type {
  ClientsReport,
  EfficiencyReport,
  InventoryItem,
  InventoryReport,
  Operator,
  PopResult,
  ProductionReport,
  Project,
} from '@factoryops/contracts';
import { dayIn } from '../src/common/site-calendar.js';
import { AppConfig } from '../src/config/app-config.js';
import { addDays } from '../src/modules/production/queue/business-days.js';
import { createTestApp, type TestApp } from './test-app.js';

/**
 * Production, part 2: the reports, on a fresh shop whose every figure is worked out by hand below. The
 * days are counted back from today (site zone), so that runs, stock and invoices are never in the future.
 *
 * Runs (range A = the 31 days to today):
 *   P1 ABC    Mild Steel 3     est 120  John  125 min 200 parts 4 sheets  today−2   (the seed's example)
 *   P2 Beta   Aluminium 2      est  90  John   30 min  40 parts 1 sheet   today−10
 *                                        Mary   70 min  60 parts 2 sheets  today−1   ("aluminium")
 *   P3 Beta   Stainless 1      no est   Mary   45 min  10 parts 1 sheet   today
 *   P4 Gamma  Mild Steel 5     est  60  Mary   50 min  20 parts 0 sheets  today−40  (before range A)
 */
describe('production: reports', () => {
  let t: TestApp;
  let manager: string;
  let admin: string;
  let operator: string;
  let viewer: string;
  let today: string;
  let rangeA: { from: string; to: string };
  let john: Operator;
  let mary: Operator;
  const projects = {} as Record<'p1' | 'p2' | 'p3' | 'p4', Project>;
  const clientIds = {} as Record<'abc' | 'beta' | 'gamma', string>;

  const api = (authorization: string) => t.api(authorization, '/api/v1/production');
  const ago = (days: number) => addDays(today, -days);
  const query = (range: { from?: string; to?: string }) =>
    `?${new URLSearchParams(range as Record<string, string>).toString()}`;
  const report = async <T>(name: string, range: { from?: string; to?: string }, by = manager) =>
    (
      await api(by)
        .get(`/reports/${name}${query(range)}`)
        .expect(200)
    ).body as T;

  beforeAll(async () => {
    t = await createTestApp({ SITE_TIME_ZONE: 'Africa/Johannesburg', VAT_RATE: '15' });
    manager = (await t.login(await t.createUser({ roles: ['manager'] }))).authorization;
    admin = (await t.login(await t.createUser({ roles: ['admin'] }))).authorization;
    operator = (await t.login(await t.createUser({ roles: ['operator'] }))).authorization;
    viewer = (await t.login(await t.createUser({ roles: ['viewer'] }))).authorization;
    today = dayIn(new Date(), t.app.get(AppConfig).env.SITE_TIME_ZONE);
    rangeA = { from: ago(30), to: today };
    const m = api(manager);

    john = (await m.post('/operators', { name: 'John Smith' }).expect(201)).body;
    mary = (await m.post('/operators', { name: 'Mary Jones' }).expect(201)).body;
    const client = async (name: string) =>
      (
        await m
          .post('/clients', { name, email: `${name.split(/\W/)[0].toLowerCase()}@example.com` })
          .expect(201)
      ).body.id as string;
    clientIds.abc = await client('ABC Manufacturing');
    clientIds.beta = await client('Beta Signs');
    clientIds.gamma = await client('Gamma, Ltd');
    await client('Delta Idle'); // no projects: in no report
    const project = async (clientId: string, name: string, estimatedCutMinutes: number | null) =>
      (await m.post('/projects', { clientId, name, estimatedCutMinutes }).expect(201)).body as Project;
    projects.p1 = await project(clientIds.abc, 'Custom Metal Brackets', 120);
    projects.p2 = await project(clientIds.beta, 'Sign letters', 90);
    projects.p3 = await project(clientIds.beta, 'Cover plates', null);
    projects.p4 = await project(clientIds.gamma, 'Gussets', 60);

    // Stock: mild steel 3 mm sheets (the P1 run takes its 4 from them) and nitrogen.
    const item = async (body: object) =>
      (await m.post('/inventory/items', { category: 'Raw Material', unit: 'sheets', ...body }).expect(201))
        .body as InventoryItem;
    const sheets = await item({
      code: 'RPT-MS3',
      name: 'Mild steel 3 mm',
      materialType: 'Mild Steel',
      thickness: '3',
      reorderLevel: '25',
    });
    const nitrogen = await item({
      code: 'RPT-N2',
      name: 'Nitrogen',
      category: 'Consumable',
      unit: 'litres',
      reorderLevel: '10',
    });
    const transaction = (itemId: string, body: object) =>
      m.post(`/inventory/items/${itemId}/transactions`, body).expect(201);
    await transaction(sheets.id, { type: 'Purchase', quantity: '20', unitCost: '1150.50', date: ago(10) });
    await transaction(nitrogen.id, { type: 'Purchase', quantity: '100', unitCost: '2.35', date: ago(10) });

    // P1, the seed's job: POP, start, one run of 125 minutes by John, complete.
    const pop = (await m.post(`/projects/${projects.p1.id}/pop`, {}).expect(200)).body as PopResult;
    await m.post(`/queue/${pop.queueItem.id}/start`).expect(200);
    const run = (body: object) => m.post('/laser-runs', body).expect(201);
    await run({
      projectId: projects.p1.id,
      queueItemId: pop.queueItem.id,
      operatorId: john.id,
      runDate: ago(2),
      cutMinutes: 125,
      material: 'Mild Steel',
      thickness: '3',
      sheets: 4,
      parts: 200,
    });
    await m.post(`/queue/${pop.queueItem.id}/complete`).expect(200);
    const p2 = { projectId: projects.p2.id, thickness: '2', inventoryItemId: null };
    await run({
      ...p2,
      operatorId: john.id,
      runDate: ago(10),
      cutMinutes: 30,
      material: 'Aluminium',
      sheets: 1,
      parts: 40,
    });
    await run({
      ...p2,
      operatorId: mary.id,
      runDate: ago(1),
      cutMinutes: 70,
      material: 'aluminium',
      sheets: 2,
      parts: 60,
    });
    await run({
      projectId: projects.p3.id,
      operatorId: mary.id,
      runDate: today,
      cutMinutes: 45,
      material: 'Stainless',
      thickness: '1',
      sheets: 1,
      parts: 10,
    });
    await run({
      projectId: projects.p4.id,
      operatorId: mary.id,
      runDate: ago(40),
      cutMinutes: 50,
      material: 'Mild Steel',
      thickness: '5',
      parts: 20,
    });
    // After the run: 5 more sheets at 1200.00 (the item's cost moves to 1162.29), 30.5 litres used.
    await transaction(sheets.id, { type: 'Purchase', quantity: '5', unitCost: '1200.00', date: ago(1) });
    await api(operator)
      .post(`/inventory/items/${nitrogen.id}/usage`, { quantity: '30.5', date: ago(1) })
      .expect(201);

    // Invoices: P1's paid (counts), P2's a draft and a cancelled one (neither counts), P3's overdue (counts).
    const invoice = async (projectId: string, lines: object[], issueDate: string, dueDate: string) =>
      (await m.post('/invoices', { projectId, lines, issueDate, dueDate }).expect(201)).body.id as string;
    const paid = await invoice(
      projects.p1.id,
      [{ description: 'Laser cutting', quantity: '1', unitPrice: '15000.00' }],
      ago(1),
      addDays(today, 29),
    );
    await m.post(`/invoices/${paid}/send`, {}).expect(200);
    await m.post(`/invoices/${paid}/pay`, { paidOn: today }).expect(200);
    await invoice(
      projects.p2.id,
      [{ description: 'Draft', quantity: '1', unitPrice: '999.00' }],
      ago(1),
      today,
    );
    const cancelled = await invoice(
      projects.p2.id,
      [{ description: 'Wrong', quantity: '1', unitPrice: '500.00' }],
      ago(3),
      today,
    );
    await m.post(`/invoices/${cancelled}/send`, {}).expect(200);
    await m.post(`/invoices/${cancelled}/cancel`, { reason: 'Wrong client' }).expect(200);
    const overdue = await invoice(
      projects.p3.id,
      [{ description: 'Cover plates', quantity: '2', unitPrice: '333.33' }],
      ago(20),
      ago(5),
    );
    await m.post(`/invoices/${overdue}/send`, {}).expect(200);
    expect((await m.get(`/invoices/${overdue}`).expect(200)).body.status).toBe('Overdue');
  });
  afterAll(() => t.close());

  it("shows the seed's step 10: 1 run, 2.08 cut hours, 200 parts, 96 % efficient, John Smith 2.08 hours", async () => {
    const day = { from: ago(2), to: ago(2) };
    const production = await report<ProductionReport>('production', day);
    expect(production.totals).toEqual({ runs: 1, cutMinutes: 125, cutHours: '2.08', parts: 200, sheets: 4 });
    expect(production.byOperator).toEqual([
      {
        operatorId: john.id,
        name: 'John Smith',
        runs: 1,
        cutMinutes: 125,
        cutHours: '2.08',
        parts: 200,
        sheets: 4,
      },
    ]);
    const efficiency = await report<EfficiencyReport>('efficiency', day);
    expect(efficiency.byProject).toEqual([
      {
        projectId: projects.p1.id,
        code: projects.p1.code,
        name: 'Custom Metal Brackets',
        clientName: 'ABC Manufacturing',
        status: 'Completed',
        runs: 1,
        estimatedMinutes: '120.00',
        actualMinutes: 125,
        varianceMinutes: '5.00',
        variancePercent: '4.2',
        efficiencyPercent: '96.0',
        class: 'good',
      },
    ]);
    expect(efficiency.totals).toMatchObject({ projects: 1, efficiencyPercent: '96.0', class: 'good' });
  });

  it('sums the production of a range: in all, by operator, by material (any case) and every day', async () => {
    const production = await report<ProductionReport>('production', rangeA);
    expect(production.range).toEqual(rangeA);
    // 125 + 30 + 70 + 45 = 270 min = 4.50 h; P4's run, 40 days ago, is outside.
    expect(production.totals).toEqual({ runs: 4, cutMinutes: 270, cutHours: '4.50', parts: 310, sheets: 8 });
    expect(production.byOperator).toEqual([
      {
        operatorId: john.id,
        name: 'John Smith',
        runs: 2,
        cutMinutes: 155,
        cutHours: '2.58',
        parts: 240,
        sheets: 5,
      },
      {
        operatorId: mary.id,
        name: 'Mary Jones',
        runs: 2,
        cutMinutes: 115,
        cutHours: '1.92',
        parts: 70,
        sheets: 3,
      },
    ]);
    expect(production.byMaterial).toEqual([
      {
        material: 'Mild Steel',
        thickness: '3.00',
        runs: 1,
        cutMinutes: 125,
        cutHours: '2.08',
        parts: 200,
        sheets: 4,
      },
      // "Aluminium" and "aluminium" are one material, named as its earliest run (10 days ago) wrote it.
      {
        material: 'Aluminium',
        thickness: '2.00',
        runs: 2,
        cutMinutes: 100,
        cutHours: '1.67',
        parts: 100,
        sheets: 3,
      },
      {
        material: 'Stainless',
        thickness: '1.00',
        runs: 1,
        cutMinutes: 45,
        cutHours: '0.75',
        parts: 10,
        sheets: 1,
      },
    ]);
    expect(production.days).toHaveLength(31);
    expect(production.days[0].day).toBe(ago(30));
    expect(production.days[30].day).toBe(today);
    const busy = production.days
      .filter((day) => day.runs > 0)
      .map((day) => [day.day, day.cutMinutes, day.cutHours]);
    expect(busy).toEqual([
      [ago(10), 30, '0.50'],
      [ago(2), 125, '2.08'],
      [ago(1), 70, '1.17'],
      [today, 45, '0.75'],
    ]);
    expect(production.days[5]).toEqual({
      day: ago(25),
      runs: 0,
      cutMinutes: 0,
      cutHours: '0.00',
      parts: 0,
      sheets: 0,
    });

    const before = await report<ProductionReport>('production', { from: ago(45), to: ago(35) });
    expect(before.totals).toEqual({ runs: 1, cutMinutes: 50, cutHours: '0.83', parts: 20, sheets: 0 });
    expect(before.byOperator.map((line) => line.name)).toEqual(['Mary Jones']);
  });

  it('compares estimates with actual minutes per project and per operator, classed by the thresholds', async () => {
    const efficiency = await report<EfficiencyReport>('efficiency', rangeA);
    // P2: 90 estimated, 100 cut (both its runs) → 90.0 % (fair), 10 min over = 11.1 %. P1: 96.0 % (good).
    expect(
      efficiency.byProject.map((p) => [
        p.code,
        p.runs,
        p.estimatedMinutes,
        p.actualMinutes,
        p.varianceMinutes,
        p.variancePercent,
        p.efficiencyPercent,
        p.class,
      ]),
    ).toEqual([
      [projects.p2.code, 2, '90.00', 100, '10.00', '11.1', '90.0', 'fair'],
      [projects.p1.code, 1, '120.00', 125, '5.00', '4.2', '96.0', 'good'],
    ]);
    // John: all of P1's parts (120) and 40 of P2's 100 parts (36.00) = 156.00 estimated, 155 cut → 100.6 %.
    // Mary: 60 of P2's 100 parts = 54.00 estimated, 70 cut → 77.1 % (poor), 16 over = 29.6 %. P3 has no estimate.
    expect(efficiency.byOperator).toEqual([
      {
        operatorId: john.id,
        name: 'John Smith',
        runs: 2,
        projects: 2,
        estimatedMinutes: '156.00',
        actualMinutes: 155,
        varianceMinutes: '-1.00',
        variancePercent: '-0.6',
        efficiencyPercent: '100.6',
        class: 'good',
      },
      {
        operatorId: mary.id,
        name: 'Mary Jones',
        runs: 1,
        projects: 1,
        estimatedMinutes: '54.00',
        actualMinutes: 70,
        varianceMinutes: '16.00',
        variancePercent: '29.6',
        efficiencyPercent: '77.1',
        class: 'poor',
      },
    ]);
    // 210 estimated, 225 cut → 93.3 % (fair), 15 over = 7.1 %.
    expect(efficiency.totals).toEqual({
      projects: 2,
      estimatedMinutes: '210.00',
      actualMinutes: 225,
      varianceMinutes: '15.00',
      variancePercent: '7.1',
      efficiencyPercent: '93.3',
      class: 'fair',
    });
    expect(efficiency.unestimatedProjects).toBe(1);

    // A project is measured on all its runs: 40 days back, only P4 was cut (60 est., 50 min → 120.0 %).
    const before = await report<EfficiencyReport>('efficiency', { from: ago(45), to: ago(35) });
    expect(before.byProject.map((p) => [p.code, p.efficiencyPercent, p.class])).toEqual([
      [projects.p4.code, '120.0', 'good'],
    ]);
  });

  it("values the stock with the inventory's valuation and sums purchases against usage per day and item", async () => {
    const inventory = await report<InventoryReport>('inventory', rangeA);
    const valuation = (await api(viewer).get('/inventory/valuation').expect(200)).body;
    // 21 sheets at 1162.29 ((16 × 1150.50 + 5 × 1200.00) ÷ 21) = 24408.09; 69.5 l × 2.35 = 163.325 → 163.33.
    expect(inventory.valuation).toEqual({
      categories: valuation.categories,
      total: '24571.42',
      unpriced: 0,
    });
    expect(inventory.valuation.categories.map((c: { value: string }) => c.value)).toEqual([
      '24408.09',
      '163.33',
      '0.00',
      '0.00',
    ]);
    expect(inventory.lowStock.map((item) => [item.code, item.quantityOnHand])).toEqual([
      ['RPT-MS3', '21.000'],
    ]);

    expect(inventory.movements.period).toBe('day');
    expect(inventory.movements.points).toHaveLength(31);
    const moved = inventory.movements.points.filter((p) => p.quantities.length > 0);
    expect(moved).toEqual([
      {
        start: ago(10),
        purchasedValue: '23245.00', // 20 × 1150.50 + 100 × 2.35
        usedValue: '0.00',
        quantities: [
          { unit: 'litres', purchased: '100.000', used: '0.000' },
          { unit: 'sheets', purchased: '20.000', used: '0.000' },
        ],
      },
      {
        start: ago(2),
        purchasedValue: '0.00',
        usedValue: '4602.00', // the run's 4 sheets at 1150.50
        quantities: [{ unit: 'sheets', purchased: '0.000', used: '4.000' }],
      },
      {
        start: ago(1),
        purchasedValue: '6000.00',
        usedValue: '71.68', // 30.5 × 2.35 = 71.675, to the cent half up
        quantities: [
          { unit: 'litres', purchased: '0.000', used: '30.500' },
          { unit: 'sheets', purchased: '5.000', used: '0.000' },
        ],
      },
    ]);
    expect(inventory.movements).toMatchObject({ purchasedValue: '29245.00', usedValue: '4673.68' });
    expect(
      inventory.byItem.map((i) => [i.code, i.unit, i.purchased, i.used, i.purchasedValue, i.usedValue]),
    ).toEqual([
      ['RPT-MS3', 'sheets', '25.000', '4.000', '29010.00', '4602.00'],
      ['RPT-N2', 'litres', '100.000', '30.500', '235.00', '71.68'],
    ]);

    // Past 62 days, per week from Monday (the first clipped to the range), adding up to the same totals.
    const long = await report<InventoryReport>('inventory', { from: ago(69), to: today });
    expect(long.movements.period).toBe('week');
    const mondayOf = (day: string) => addDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7));
    expect(long.movements).toMatchObject({ purchasedValue: '29245.00', usedValue: '4673.68' });
    // The purchases 10 days and 1 day ago are 9 days apart: in weeks of their own.
    const purchasedIn = (day: string) =>
      long.movements.points.find((p) => p.start === mondayOf(day))?.purchasedValue;
    expect([purchasedIn(ago(10)), purchasedIn(ago(1))]).toEqual(['23245.00', '6000.00']);
    const mondaysAfterStart = Array.from({ length: 69 }, (_, i) => ago(68 - i)).filter(
      (d) => d === mondayOf(d),
    );
    expect(long.movements.points.map((p) => p.start)).toEqual([ago(69), ...mondaysAfterStart]);
  });

  it('shows per client the projects, the cut hours and the revenue of sent, overdue and paid invoices', async () => {
    const clients = await report<ClientsReport>('clients', rangeA);
    expect(clients.clients).toEqual([
      {
        clientId: clientIds.abc,
        code: 'CL-0001',
        name: 'ABC Manufacturing',
        newProjects: 1,
        completedProjects: 1,
        activeProjects: 0,
        cutMinutes: 125,
        cutHours: '2.08',
        invoices: 1,
        revenue: '15000.00',
        invoiced: '17250.00',
        paid: '17250.00',
      },
      {
        // The overdue invoice counts (2 × 333.33 = 666.66, VAT 99.999 → 100.00); the draft and the cancelled do not.
        clientId: clientIds.beta,
        code: 'CL-0002',
        name: 'Beta Signs',
        newProjects: 2,
        completedProjects: 0,
        activeProjects: 2,
        cutMinutes: 145,
        cutHours: '2.42',
        invoices: 1,
        revenue: '666.66',
        invoiced: '766.66',
        paid: '0.00',
      },
      {
        clientId: clientIds.gamma,
        code: 'CL-0003',
        name: 'Gamma, Ltd',
        newProjects: 1,
        completedProjects: 0,
        activeProjects: 1,
        cutMinutes: 0,
        cutHours: '0.00',
        invoices: 0,
        revenue: '0.00',
        invoiced: '0.00',
        paid: '0.00',
      },
    ]);
    expect(clients.totals).toEqual({
      clients: 3,
      newProjects: 4,
      completedProjects: 1,
      activeProjects: 3,
      cutMinutes: 270,
      cutHours: '4.50',
      invoices: 2,
      revenue: '15666.66',
      invoiced: '18016.66',
      paid: '17250.00',
    });

    // Before the projects were opened: only the clients with open projects, Gamma with its old run.
    const before = await report<ClientsReport>('clients', { from: ago(45), to: ago(35) });
    expect(
      before.clients.map((c) => [c.name, c.newProjects, c.activeProjects, c.cutHours, c.revenue]),
    ).toEqual([
      ['Beta Signs', 0, 2, '0.00', '0.00'],
      ['Gamma, Ltd', 0, 1, '0.83', '0.00'],
    ]);
    expect(before.totals).toMatchObject({ clients: 2, cutMinutes: 50, revenue: '0.00' });
  });

  it('covers the current month (site zone) when no range is given', async () => {
    const monthStart = `${today.slice(0, 7)}-01`;
    const production = await report<ProductionReport>('production', {});
    expect(production.range.from).toBe(monthStart);
    expect(production.range.to.slice(0, 7)).toBe(today.slice(0, 7));
    expect(addDays(production.range.to, 1).slice(8)).toBe('01');
    const runs: [string, number][] = [
      [ago(2), 125],
      [ago(10), 30],
      [ago(1), 70],
      [today, 45],
      [ago(40), 50],
    ];
    const thisMonth = runs.filter(([day]) => day >= monthStart);
    expect(production.totals.runs).toBe(thisMonth.length);
    expect(production.totals.cutMinutes).toBe(thisMonth.reduce((sum, [, minutes]) => sum + minutes, 0));
  });

  it('refuses a bad or reversed range with a problem naming the field', async () => {
    const refused = async (range: Record<string, string>) => {
      const answer = await api(manager)
        .get(`/reports/production${query(range)}`)
        .expect(400);
      expect(answer.headers['content-type']).toMatch(/^application\/problem\+json/);
      return answer.body.errors as { path: string; message: string }[];
    };
    expect((await refused({ from: '2026-02-30' })).map((e) => e.path)).toEqual(['from']);
    expect((await refused({ to: 'yesterday' })).map((e) => e.path)).toEqual(['to']);
    expect(await refused({ from: today, to: ago(1) })).toEqual([
      { path: 'to', message: `The last day (${ago(1)}) comes before the first (${today})` },
    ]);
    expect(await refused({ from: ago(400), to: today })).toEqual([
      { path: 'to', message: 'A report covers at most 366 days; this range has 401' },
    ]);
    expect((await refused({ from: today, page: '2' })).length).toBeGreaterThan(0);
    for (const name of ['efficiency', 'inventory', 'clients', 'clients.csv'])
      await api(manager)
        .get(`/reports/${name}${query({ from: today, to: ago(1) })}`)
        .expect(400);
  });

  it('exports each report as CSV with the same figures, to managers and admins only', async () => {
    const csv = async (name: string, by = manager) => {
      const answer = await api(by)
        .get(`/reports/${name}.csv${query(rangeA)}`)
        .expect(200);
      expect(answer.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(answer.headers['content-disposition']).toContain(
        `${name}-report_${rangeA.from}_${rangeA.to}.csv`,
      );
      return answer.text.split('\r\n');
    };
    const production = await csv('production');
    expect(production[0]).toBe('group,name,thickness,runs,cutMinutes,cutHours,parts,sheets');
    expect(production).toContain(`day,${ago(2)},,1,125,2.08,200,4`);
    expect(production).toContain('operator,John Smith,,2,155,2.58,240,5');
    expect(production).toContain('material,Aluminium,2.00,2,100,1.67,100,3');
    expect(production.at(-2)).toBe('total,,,4,270,4.50,310,8');
    expect(production.at(-1)).toBe('');
    expect(production).toHaveLength(1 + 31 + 2 + 3 + 1 + 1);

    const efficiency = await csv('efficiency', admin);
    expect(efficiency).toContain(
      `project,${projects.p1.code},Custom Metal Brackets,ABC Manufacturing,1,120.00,125,5.00,4.2,96.0,good`,
    );
    expect(efficiency).toContain('operator,,Mary Jones,,1,54.00,70,16.00,29.6,77.1,poor');
    expect(efficiency.at(-2)).toBe('total,,,,,210.00,225,15.00,7.1,93.3,fair');

    const inventory = await csv('inventory');
    expect(inventory).toContain('item,,RPT-N2,Nitrogen,litres,100.000,30.500,235.00,71.68');
    expect(inventory).toContain(`day quantity,${ago(1)},,,litres,0.000,30.500`);
    expect(inventory).toContain('movements total,,,,,,,29245.00,4673.68');
    expect(inventory).toContain('stock total,,,,,,,,,,,24571.42');
    expect(inventory).toContain('low stock,,RPT-MS3,Mild steel 3 mm,sheets,,,,,21.000,25.000,24408.09');

    const clients = await csv('clients');
    expect(clients.slice(0, 2)).toEqual([
      'group,code,name,newProjects,completedProjects,activeProjects,cutMinutes,cutHours,invoices,revenue,invoiced,paid',
      'client,CL-0001,ABC Manufacturing,1,1,0,125,2.08,1,15000.00,17250.00,17250.00',
    ]);
    // A name with a comma is quoted.
    expect(clients).toContain('client,CL-0003,"Gamma, Ltd",1,0,1,0,0.00,0,0.00,0.00,0.00');
    expect(clients.at(-2)).toBe('total,,,4,1,3,270,4.50,2,15666.66,18016.66,17250.00');

    for (const name of ['production', 'efficiency', 'inventory', 'clients'])
      for (const refused of [operator, viewer])
        await api(refused)
          .get(`/reports/${name}.csv${query(rangeA)}`)
          .expect(403);
    // Operators read the production reports but not the clients' revenue.
    await report<ProductionReport>('production', rangeA, operator);
    await api(operator)
      .get(`/reports/clients${query(rangeA)}`)
      .expect(403);
    expect((await report<ClientsReport>('clients', rangeA, viewer)).totals.revenue).toBe('15666.66');
  });
});
