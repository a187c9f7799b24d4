import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type {
  InventoryItem,
  InventoryItemDetail,
  InventoryTransaction,
  InventoryValuation,
  LaserRun,
  Operator,
  PopResult,
  ProductionChangedEvent,
  ProductionDashboard,
} from '@factoryops/contracts';
import { dayIn } from '../src/common/site-calendar.js';
import { AppConfig } from '../src/config/app-config.js';
import { LowStockDigest } from '../src/modules/production/inventory/low-stock-digest.js';
import { addDays } from '../src/modules/production/queue/business-days.js';
import { createTestApp, type TestApp } from './test-app.js';

const UNKNOWN = '00000000-0000-4000-8000-000000000000';

/** Production, part 2: the inventory — items, the transactions that alone move stock, runs, low stock, value. */
describe('production: inventory', () => {
  let t: TestApp;
  let admin: string;
  let manager: string;
  let operator: string;
  let viewer: string;
  let viewerToken: string;
  let managerEmails: string[];
  let today: string;
  let olive: Operator;
  let codes = 0;

  const api = (authorization: string) => t.api(authorization, '/api/v1/production');
  const newItem = async (body: object = {}) => {
    codes += 1;
    return (
      await api(manager)
        .post('/inventory/items', {
          code: `item-${String(codes).padStart(3, '0')}`,
          name: `Item ${codes}`,
          category: 'Raw Material',
          unit: 'sheets',
          ...body,
        })
        .expect(201)
    ).body as InventoryItem;
  };
  const record = (itemId: string, body: object, by = manager) =>
    api(by).post(`/inventory/items/${itemId}/transactions`, body);
  const purchase = async (itemId: string, quantity: string, unitCost: string | null = null) =>
    (await record(itemId, { type: 'Purchase', quantity, unitCost }).expect(201)).body as InventoryTransaction;
  const itemOf = async (id: string) =>
    (await api(viewer).get(`/inventory/items/${id}`).expect(200)).body as InventoryItemDetail;
  const countOf = async (table: string) =>
    (await t.dataSource.query(`SELECT count(*)::int AS count FROM ${table}`))[0].count as number;
  const queuedProject = async (materialType: string, materialThickness: string) => {
    const client = (await api(manager).post('/clients', { name: 'Stock Client' }).expect(201)).body;
    const project = (
      await api(manager)
        .post('/projects', { clientId: client.id, name: 'Sheets job', materialType, materialThickness })
        .expect(201)
    ).body;
    return (await api(manager).post(`/projects/${project.id}/pop`, {}).expect(200)).body as PopResult;
  };
  const logRun = (projectId: string, run: object) =>
    api(operator).post('/laser-runs', { projectId, operatorId: olive.id, cutMinutes: 40, ...run });

  beforeAll(async () => {
    t = await createTestApp({ SITE_TIME_ZONE: 'Africa/Johannesburg', LOW_STOCK_DIGEST_AT: '07:00' });
    admin = (await t.login(await t.createUser({ roles: ['admin'] }))).authorization;
    const managers = [
      await t.createUser({ roles: ['manager'], displayName: 'Mandla Manager' }),
      await t.createUser({ roles: ['manager', 'operator'] }),
    ];
    managerEmails = managers.map((user) => user.email).sort();
    await t.createUser({ roles: ['manager'], active: false });
    manager = (await t.login(managers[0])).authorization;
    const operatorUser = await t.createUser({ roles: ['operator'], displayName: 'Olive Operator' });
    operator = (await t.login(operatorUser)).authorization;
    const viewerLogin = await t.login(await t.createUser({ roles: ['viewer'] }));
    viewer = viewerLogin.authorization;
    viewerToken = viewerLogin.accessToken;
    today = dayIn(new Date(), t.app.get(AppConfig).env.SITE_TIME_ZONE);
    olive = (await api(manager).post('/operators', { name: 'Olive', userId: operatorUser.id }).expect(201))
      .body;
  });
  afterAll(() => t.close());

  // First, on the file's fresh database: the valuation sees only these items.
  it('values the stock per item, per category and in all, to the cent as worked out by hand', async () => {
    const mildSteel = await newItem({ code: 'VAL-MS3', name: 'Mild steel 3 mm' });
    await purchase(mildSteel.id, '12', '1150.50');
    await api(operator).post(`/inventory/items/${mildSteel.id}/usage`, { quantity: '2.5' }).expect(201);
    const stainless = await newItem({ code: 'VAL-SS1', name: 'Stainless 1 mm' });
    await purchase(stainless.id, '3', '333.33');
    const grease = await newItem({ code: 'VAL-GREASE', category: 'Consumable', unit: 'kg' });
    await purchase(grease.id, '0.5', '2.01');
    const nitrogen = await newItem({ code: 'VAL-N2', category: 'Consumable', unit: 'litres' });
    await purchase(nitrogen.id, '40');
    const nozzle = await newItem({ code: 'VAL-NOZZLE', category: 'Spare Part', unit: 'pieces' });
    await purchase(nozzle.id, '4', '0.10');

    const valuation = (await api(viewer).get('/inventory/valuation').expect(200)).body as InventoryValuation;
    // 9.5 × 1150.50 = 10929.75; 3 × 333.33 = 999.99; 0.5 × 2.01 = 1.005 → 1.01 (half up; a float says 1.00);
    // 4 × 0.10 = 0.40; nitrogen has no price.
    expect(
      valuation.items.map((item) => [item.code, item.quantityOnHand, item.unitCost, item.value]),
    ).toEqual([
      ['VAL-MS3', '9.500', '1150.50', '10929.75'],
      ['VAL-SS1', '3.000', '333.33', '999.99'],
      ['VAL-GREASE', '0.500', '2.01', '1.01'],
      ['VAL-NOZZLE', '4.000', '0.10', '0.40'],
      ['VAL-N2', '40.000', null, null],
    ]);
    expect(valuation.categories).toEqual([
      { category: 'Raw Material', items: 2, value: '11929.74', unpriced: 0 },
      { category: 'Consumable', items: 2, value: '1.01', unpriced: 1 },
      { category: 'Spare Part', items: 1, value: '0.40', unpriced: 0 },
      { category: 'Tool', items: 0, value: '0.00', unpriced: 0 },
    ]);
    expect(valuation.total).toBe('11931.15');
    expect(valuation.unpriced).toBe(1);
    expect((await itemOf(mildSteel.id)).value).toBe('10929.75');
  });

  describe('items', () => {
    it('creates an item without stock, its code upper case and unique whatever the case, and audits it', async () => {
      const item = await newItem({
        code: 'ms-3-2500x1250',
        name: 'Mild steel sheet 3 mm',
        materialType: 'Mild steel',
        thickness: '3',
        reorderLevel: '5',
        reorderQuantity: '20',
        unitCost: '1150.00',
        supplierName: 'Steelco',
        supplierContact: 'orders@steelco.example',
        location: 'Rack A',
      });
      expect(item).toMatchObject({
        code: 'MS-3-2500X1250',
        category: 'Raw Material',
        thickness: '3.00',
        unit: 'sheets',
        quantityOnHand: '0.000',
        reorderLevel: '5.000',
        reorderQuantity: '20.000',
        unitCost: '1150.00',
        value: '0.00',
        lowStock: true,
        version: 1,
      });
      const taken = await api(manager)
        .post('/inventory/items', { code: 'MS-3-2500x1250', name: 'Twin', category: 'Tool', unit: 'pieces' })
        .expect(409);
      expect(taken.body.errors).toEqual([
        { path: 'code', message: 'Item code MS-3-2500X1250 is already used' },
      ]);
      const [audit] = await t.dataSource.query(
        `SELECT action, changes FROM audit_entries WHERE entity_type = 'inventory_item' AND entity_id = $1`,
        [item.id],
      );
      expect(audit).toMatchObject({
        action: 'create',
        changes: { code: { from: null, to: 'MS-3-2500X1250' } },
      });
    });

    it('edits an item with the version read (stale: 409) but never its stock', async () => {
      const item = await newItem({ reorderLevel: '2' });
      await purchase(item.id, '10');
      const edited = await api(manager)
        .patch(`/inventory/items/${item.id}`, {
          location: 'Rack B',
          reorderLevel: '12',
          version: item.version,
        })
        .expect(200);
      // Stock moving leaves the version alone: the edit of what was read is not refused for it.
      expect(edited.body).toMatchObject({
        location: 'Rack B',
        quantityOnHand: '10.000',
        lowStock: true,
        version: 2,
      });
      await api(manager)
        .patch(`/inventory/items/${item.id}`, { location: 'Rack C', version: item.version })
        .expect(409);
      const stock = await api(manager)
        .patch(`/inventory/items/${item.id}`, { quantityOnHand: '99' })
        .expect(400);
      expect(stock.headers['content-type']).toContain('application/problem+json');
      expect((await itemOf(item.id)).quantityOnHand).toBe('10.000');
      await api(manager).patch(`/inventory/items/${UNKNOWN}`, { name: 'Nothing' }).expect(404);
    });

    it('lists items with search, filters and paging, the low ones flagged', async () => {
      const tag = 'Corten';
      const low = await newItem({
        name: `${tag} 2 mm`,
        materialType: tag,
        thickness: '2',
        reorderLevel: '4',
      });
      await purchase(low.id, '3');
      const plenty = await newItem({
        name: `${tag} 4 mm`,
        materialType: tag,
        thickness: '4',
        reorderLevel: '4',
      });
      await purchase(plenty.id, '30');
      await newItem({
        name: `${tag} gloves`,
        category: 'Consumable',
        unit: 'pieces',
        supplierName: 'Safety',
      });

      const list = async (query: Record<string, string>) =>
        (await api(viewer).get('/inventory/items').query(query).expect(200)).body as {
          items: InventoryItem[];
          total: number;
        };
      const named = (page: { items: InventoryItem[] }) => page.items.map((item) => item.name);
      expect(named(await list({ q: tag.toLowerCase() }))).toEqual([
        `${tag} 2 mm`,
        `${tag} 4 mm`,
        `${tag} gloves`,
      ]);
      expect(named(await list({ q: tag, category: 'Raw Material' }))).toEqual([`${tag} 2 mm`, `${tag} 4 mm`]);
      expect(named(await list({ materialType: 'CORTEN', thickness: '4.00' }))).toEqual([`${tag} 4 mm`]);
      const flagged = await list({ q: tag, lowStock: 'true' });
      expect(flagged.items.map((item) => [item.name, item.lowStock])).toEqual([
        [`${tag} 2 mm`, true],
        [`${tag} gloves`, true],
      ]);
      expect(named(await list({ q: tag, lowStock: 'false' }))).toEqual([`${tag} 4 mm`]);
      expect(named(await list({ q: tag, sort: '-quantityOnHand' }))[0]).toBe(`${tag} 4 mm`);
      const second = await list({ q: tag, pageSize: '2', page: '2' });
      expect([second.total, named(second)]).toEqual([3, [`${tag} gloves`]]);
      await api(viewer).get('/inventory/items').query({ category: 'Gadget' }).expect(400);
    });

    it('deletes an item without transactions; one with a history stays (409)', async () => {
      const spare = await newItem();
      await api(manager).delete(`/inventory/items/${spare.id}`).expect(204);
      await api(viewer).get(`/inventory/items/${spare.id}`).expect(404);
      const used = await newItem();
      await purchase(used.id, '1');
      const refused = await api(manager).delete(`/inventory/items/${used.id}`).expect(409);
      expect(refused.body.detail).toContain('1 transaction');
    });
  });

  describe('transactions', () => {
    it('moves stock only by purchases, usages, adjustments and returns, each with its balance and who recorded it', async () => {
      const item = await newItem({ reorderLevel: '5', unitCost: '500.00' });
      const purchased = await purchase(item.id, '50', '500.00');
      expect(purchased).toMatchObject({
        type: 'Purchase',
        quantity: '50.000',
        balanceAfter: '50.000',
        unitCost: '500.00',
        date: today,
        recordedBy: 'Mandla Manager',
        itemCode: item.code,
      });
      const used = await api(operator)
        .post(`/inventory/items/${item.id}/usage`, { quantity: '10', reference: 'JB-2025-10-CL0001-001' })
        .expect(201);
      expect(used.body).toMatchObject({
        type: 'Usage',
        quantity: '-10.000',
        balanceAfter: '40.000',
        unitCost: '500.00',
        reference: 'JB-2025-10-CL0001-001',
        recordedBy: 'Olive Operator',
      });
      await record(item.id, { type: 'Adjustment', quantity: '-2.5', notes: 'Scratched' }).expect(201);
      await record(item.id, { type: 'Return', quantity: '1', reference: 'JB-2025-10-CL0001-001' }).expect(
        201,
      );
      const yesterday = addDays(today, -1);
      // (38.5 × 500.00 + 10 × 560.00) / 48.5 = 512.371… → 512.37
      const restock = await record(item.id, {
        type: 'Purchase',
        quantity: '10',
        unitCost: '560.00',
        reference: 'PO-12345',
        date: yesterday,
      }).expect(201);
      expect(restock.body).toMatchObject({ balanceAfter: '48.500', unitCost: '560.00', date: yesterday });

      const detail = await itemOf(item.id);
      expect(detail).toMatchObject({ quantityOnHand: '48.500', unitCost: '512.37', value: '24849.95' });
      // Newest day first, then newest recorded first.
      expect(detail.transactions.items.map((tx) => [tx.type, tx.quantity, tx.balanceAfter])).toEqual([
        ['Return', '1.000', '38.500'],
        ['Adjustment', '-2.500', '37.500'],
        ['Usage', '-10.000', '40.000'],
        ['Purchase', '50.000', '50.000'],
        ['Purchase', '10.000', '48.500'],
      ]);
      const [{ sum }] = await t.dataSource.query(
        'SELECT sum(quantity)::text AS sum FROM production_inventory_transactions WHERE item_id = $1',
        [item.id],
      );
      expect(sum).toBe(detail.quantityOnHand);
      const audits = await t.dataSource.query(
        `SELECT changes FROM audit_entries WHERE entity_type = 'inventory_item' AND entity_id = $1 AND action = 'update'`,
        [item.id],
      );
      expect(audits).toEqual([{ changes: { unitCost: { from: '500.00', to: '512.37' } } }]);

      const all = await api(viewer)
        .get('/inventory/transactions')
        .query({ itemId: item.id, type: 'Purchase', from: yesterday, to: yesterday })
        .expect(200);
      expect(all.body.items.map((tx: InventoryTransaction) => tx.reference)).toEqual(['PO-12345']);
      const paged = await api(viewer)
        .get(`/inventory/items/${item.id}`)
        .query({ pageSize: 2, page: 3 })
        .expect(200);
      expect([paged.body.transactions.total, paged.body.transactions.items.length]).toEqual([5, 1]);
    });

    it('never takes stock below zero: the refusal says how much is left, and nothing changes', async () => {
      const item = await newItem({ code: 'LAST-SHEETS' });
      await purchase(item.id, '3');
      const before = await countOf('production_inventory_transactions');
      const refused = await api(operator)
        .post(`/inventory/items/${item.id}/usage`, { quantity: '5' })
        .expect(400);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.body.errors).toEqual([
        {
          path: 'quantity',
          message: 'Only 3 sheets of LAST-SHEETS left: taking 5 sheets would leave less than none',
        },
      ]);
      await record(item.id, { type: 'Adjustment', quantity: '-3.001' }).expect(400);
      expect((await itemOf(item.id)).quantityOnHand).toBe('3.000');
      expect(await countOf('production_inventory_transactions')).toBe(before);
      await api(operator).post(`/inventory/items/${item.id}/usage`, { quantity: '3' }).expect(201);
      const empty = await api(operator)
        .post(`/inventory/items/${item.id}/usage`, { quantity: '1' })
        .expect(400);
      expect(empty.body.errors[0].message).toMatch(/^Only 0 sheets of LAST-SHEETS left/);
    });

    it('gives 20 concurrent usages of the last 5 sheets exactly those 5', async () => {
      const item = await newItem();
      await purchase(item.id, '5');
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, n) =>
          api(operator).post(`/inventory/items/${item.id}/usage`, { quantity: '1', reference: `usage ${n}` }),
        ),
      );
      const statuses = answers.map((answer) => answer.status).sort();
      expect(statuses).toEqual([...Array(5).fill(201), ...Array(15).fill(400)]);
      const balances = answers
        .filter((a) => a.status === 201)
        .map((a) => a.body.balanceAfter)
        .sort();
      expect(balances).toEqual(['0.000', '1.000', '2.000', '3.000', '4.000']);
      const detail = await itemOf(item.id);
      expect(detail.quantityOnHand).toBe('0.000');
      expect(detail.transactions.items.filter((tx) => tx.type === 'Usage')).toHaveLength(5);
    });

    it.each([
      [{ type: 'Purchase', quantity: '0' }, 'quantity', 'The quantity must be above 0'],
      [
        { type: 'Purchase', quantity: '-4' },
        'quantity',
        'A quantity above 0 with at most 3 decimals, like 2.5',
      ],
      [
        { type: 'Usage', quantity: '1.2345' },
        'quantity',
        'A quantity above 0 with at most 3 decimals, like 2.5',
      ],
      [{ type: 'Adjustment', quantity: '0.000' }, 'quantity', 'An adjustment of 0 changes nothing'],
      [
        { type: 'Purchase', quantity: '2', unitCost: '12.345' },
        'unitCost',
        'A positive amount with at most 2 decimals, like 1250.00',
      ],
      [
        { type: 'Return', quantity: '2', unitCost: '12.00' },
        'unitCost',
        "Only a purchase names its unit cost: a return is valued at the item's",
      ],
      [{ type: 'Theft', quantity: '2' }, 'type', undefined],
      [
        { type: 'Purchase', quantity: '2', date: '2999-01-01' },
        'date',
        'A transaction cannot be dated after today',
      ],
    ])('refuses %j naming %s', async (body, path, message) => {
      const item = await newItem();
      const refused = await record(item.id, body).expect(400);
      expect(refused.headers['content-type']).toContain('application/problem+json');
      expect(refused.body.errors.map((error: { path: string }) => error.path)).toEqual([path]);
      if (message) expect(refused.body.errors[0].message).toBe(message);
      expect((await itemOf(item.id)).transactions.total).toBe(0);
    });

    it('refuses bad item fields and unknown items', async () => {
      const refused = await api(manager)
        .post('/inventory/items', {
          code: 'BAD',
          name: 'Bad',
          category: 'Raw Material',
          unit: 'sheets',
          unitCost: '1.005',
          reorderLevel: '-1',
        })
        .expect(400);
      expect(refused.body.errors.map((error: { path: string }) => error.path).sort()).toEqual([
        'reorderLevel',
        'unitCost',
      ]);
      await record(UNKNOWN, { type: 'Purchase', quantity: '1' }).expect(404);
      await api(operator).post(`/inventory/items/${UNKNOWN}/usage`, { quantity: '1' }).expect(404);
    });
  });

  describe('laser runs', () => {
    it('takes a run’s sheets from the stock item of its material and thickness, in the run’s transaction', async () => {
      const item = await newItem({
        code: 'RUN-MS3',
        materialType: 'Run steel',
        thickness: '3',
        reorderLevel: '1',
      });
      await purchase(item.id, '4', '1000.00');
      const { project, queueItem } = await queuedProject('Run steel', '3');
      const run = (
        await logRun(project.id, {
          queueItemId: queueItem.id,
          material: 'run STEEL',
          thickness: '3.00',
          sheets: 3,
        }).expect(201)
      ).body as LaserRun;
      const detail = await itemOf(item.id);
      expect(detail.quantityOnHand).toBe('1.000');
      expect(detail.lowStock).toBe(true);
      expect(detail.transactions.items[0]).toMatchObject({
        type: 'Usage',
        quantity: '-3.000',
        reference: project.code,
        laserRunId: run.id,
        date: run.runDate,
        unitCost: '1000.00',
        recordedBy: 'Olive Operator',
      });

      const runs = await countOf('production_laser_runs');
      const short = await logRun(project.id, { material: 'Run steel', thickness: '3', sheets: 2 }).expect(
        400,
      );
      expect(short.body.errors).toEqual([
        {
          path: 'sheets',
          message: 'Only 1 sheet of RUN-MS3 left: taking 2 sheets would leave less than none',
        },
      ]);
      // Nothing of the refused run: no run, no usage, the stock as it was.
      expect(await countOf('production_laser_runs')).toBe(runs);
      expect((await itemOf(item.id)).transactions.total).toBe(2);

      // The client's own sheets: not from stock.
      await logRun(project.id, {
        material: 'Run steel',
        thickness: '3',
        sheets: 2,
        inventoryItemId: null,
      }).expect(201);
      expect((await itemOf(item.id)).quantityOnHand).toBe('1.000');

      // Deleting the run puts its sheets back.
      await api(manager).delete(`/laser-runs/${run.id}`).expect(204);
      const returned = await itemOf(item.id);
      expect(returned.quantityOnHand).toBe('4.000');
      expect(returned.transactions.items[0]).toMatchObject({
        type: 'Return',
        quantity: '3.000',
        reference: project.code,
      });
      expect(returned.transactions.items.find((tx) => tx.type === 'Usage')?.laserRunId).toBeNull();
    });

    it('takes the sheets from the item chosen, and refuses a choice that does not fit or a match to choose from', async () => {
      const first = await newItem({ code: 'TWIN-A', materialType: 'Twin alloy', thickness: '2' });
      const second = await newItem({ code: 'TWIN-B', materialType: 'Twin alloy', thickness: '2' });
      const gas = await newItem({ code: 'TWIN-GAS', category: 'Consumable', unit: 'litres' });
      await purchase(second.id, '10');
      const { project } = await queuedProject('Twin alloy', '2');
      const run = { material: 'Twin alloy', thickness: '2', sheets: 1 };

      const ambiguous = await logRun(project.id, run).expect(400);
      expect(ambiguous.body.errors).toEqual([
        {
          path: 'inventoryItemId',
          message:
            'Several stock items are Twin alloy 2 mm (TWIN-A, TWIN-B): choose the one its sheets come from',
        },
      ]);
      const litres = await logRun(project.id, { ...run, inventoryItemId: gas.id }).expect(400);
      expect(litres.body.errors[0]).toEqual({
        path: 'inventoryItemId',
        message: 'TWIN-GAS is counted in litres, not sheets',
      });
      const thicker = await logRun(project.id, { ...run, thickness: '3', inventoryItemId: first.id }).expect(
        400,
      );
      expect(thicker.body.errors.map((error: { path: string }) => error.path)).toEqual(['inventoryItemId']);
      await logRun(project.id, { ...run, inventoryItemId: UNKNOWN }).expect(404);

      await logRun(project.id, { ...run, sheets: 4, inventoryItemId: second.id }).expect(201);
      expect((await itemOf(second.id)).quantityOnHand).toBe('6.000');
      expect((await itemOf(first.id)).transactions.total).toBe(0);
    });
  });

  describe('low stock', () => {
    it('flags an item at its reorder level on the list and the dashboard, pushed live as it happens', async () => {
      const item = await newItem({
        code: 'LOW-LENS',
        category: 'Consumable',
        unit: 'pieces',
        reorderLevel: '10',
      });
      await purchase(item.id, '12');
      expect((await itemOf(item.id)).lowStock).toBe(false);
      const socket = await t.connectOps(viewerToken);
      try {
        const announced = new Promise<ProductionChangedEvent>((resolve) =>
          socket.on('production:changed', (event) => {
            if (event.entity === 'inventory_item' && event.id === item.id) resolve(event);
          }),
        );
        await api(operator).post(`/inventory/items/${item.id}/usage`, { quantity: '2' }).expect(201);
        expect(await announced).toMatchObject({ entity: 'inventory_item', id: item.id, action: 'status' });
      } finally {
        socket.disconnect();
      }
      const low = await api(viewer)
        .get('/inventory/items')
        .query({ lowStock: 'true', q: 'LOW-LENS' })
        .expect(200);
      expect(low.body.items.map((i: InventoryItem) => [i.code, i.quantityOnHand, i.lowStock])).toEqual([
        ['LOW-LENS', '10.000', true],
      ]);
      const dashboard = (await api(viewer).get('/dashboard').expect(200)).body as ProductionDashboard;
      const total = (await api(viewer).get('/inventory/items').query({ lowStock: 'true' }).expect(200)).body
        .total;
      expect(dashboard.lowStock.total).toBe(total);
      expect(dashboard.lowStock.items.length).toBe(Math.min(5, total));
      expect(dashboard.lowStock.items.every((i) => i.lowStock)).toBe(true);
    });

    it('mails the managers a daily digest of the low items through the outbox, once a day from the digest time', async () => {
      const low = await newItem({
        code: 'DIGEST-NOZZLE',
        name: 'Nozzle 1.5 mm',
        category: 'Spare Part',
        unit: 'pieces',
        reorderLevel: '4',
        reorderQuantity: '20',
        supplierName: 'Laser Parts SA',
        supplierContact: '+27 11 555 0100',
      });
      await purchase(low.id, '1');
      const plenty = await newItem({ code: 'DIGEST-PLENTY', reorderLevel: '1' });
      await purchase(plenty.id, '9');
      const digest = t.app.get(LowStockDigest);
      const mails = () =>
        t.dataSource.query(
          `SELECT kind, recipients, subject, body FROM notification_outbox WHERE dedupe_key = 'low-stock:2031-05-05'`,
        );

      // 06:59 in Johannesburg: not yet.
      await digest.sendIfDue(new Date('2031-05-05T04:59:00Z'));
      expect(await mails()).toEqual([]);
      await digest.sendIfDue(new Date('2031-05-05T05:00:00Z'));
      await digest.sendIfDue(new Date('2031-05-05T15:00:00Z'));
      const sent = await mails();
      expect(sent).toHaveLength(1);
      const [mail] = sent;
      const total = (await api(viewer).get('/inventory/items').query({ lowStock: 'true' }).expect(200)).body
        .total;
      const count = `${total} item${total === 1 ? '' : 's'}`;
      expect(mail).toMatchObject({
        kind: 'production',
        subject: `[FactoryOps] Low stock: ${count} to reorder (2031-05-05)`,
      });
      expect([...mail.recipients].sort()).toEqual(managerEmails);
      expect(mail.body).toContain(
        '- DIGEST-NOZZLE Nozzle 1.5 mm: 1 piece left (reorder level 4 pieces); order 20 pieces\n  Supplier: Laser Parts SA, +27 11 555 0100',
      );
      expect(mail.body).not.toContain('DIGEST-PLENTY');
      const outbox = await t.api(admin).get('/notifications/outbox').expect(200);
      expect(outbox.body.items.map((m: { subject: string }) => m.subject)).toContain(mail.subject);
    });
  });
});
