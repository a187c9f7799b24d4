import {
  CreateInventoryItemInputSchema,
  CreateInventoryTransactionInputSchema,
  type CreateInventoryItemInput,
  type InventoryItem,
} from '@factoryops/contracts';
import type { Principal } from '../../common/principal.js';
import type { InventoryService } from '../production/inventory/inventory.service.js';

type StockLine = CreateInventoryItemInput & {
  /** What was bought, days before today, at what price: the opening stock and any restock. */
  bought: [daysAgo: number, quantity: string, unitCost: string][];
};

/** What each material's sheets are sold as: grade and finish, and the size. */
const SHEET_NAMES: Record<string, string> = {
  'Mild steel': 'Hot-rolled S355 sheet 2500×1250',
  'Stainless steel': '304 2B sheet 2500×1250',
  Aluminium: '5083 sheet 2500×1250',
};

const sheet = (
  code: string,
  material: string,
  thickness: string,
  reorderLevel: string,
  bought: StockLine['bought'],
  supplierName: string,
): StockLine => ({
  code,
  name: SHEET_NAMES[material],
  category: 'Raw Material',
  materialType: material,
  thickness,
  unit: 'sheets',
  reorderLevel,
  reorderQuantity: '20',
  unitCost: bought[0][2],
  supplierName,
  supplierContact: supplierName === 'Macsteel' ? 'orders@macsteel.example' : 'sales@alumet.example',
  location: material === 'Mild steel' ? 'Rack A' : material === 'Stainless steel' ? 'Rack B' : 'Rack C',
  bought,
});

/** A nozzle, lens or spare part from the laser's parts supplier, bought five weeks ago. */
const part = (
  code: string,
  name: string,
  category: 'Consumable' | 'Spare Part',
  location: string,
  reorderLevel: string,
  reorderQuantity: string | null,
  [quantity, unitCost]: [string, string],
): StockLine => ({
  code,
  name,
  category,
  unit: 'pieces',
  reorderLevel,
  reorderQuantity,
  supplierName: 'Laser Parts SA',
  supplierContact: 'info@laserparts.example',
  location,
  bought: [[35, quantity, unitCost]],
});

/**
 * The shop's stock, in rand: sheets of the presets' materials at common thicknesses (the runs take
 * theirs), gases, nozzles, lenses and a few tools. Mild steel 5 mm and the oxygen end up at or under
 * their reorder level once the month's runs and use are recorded.
 */
const STOCK: StockLine[] = [
  sheet('MS-1.0', 'Mild steel', '1.00', '5', [[35, '20', '420.00']], 'Macsteel'),
  sheet('MS-2.0', 'Mild steel', '2.00', '5', [[35, '15', '780.00']], 'Macsteel'),
  sheet(
    'MS-3.0',
    'Mild steel',
    '3.00',
    '8',
    [
      [35, '20', '1150.00'],
      [12, '10', '1185.00'],
    ],
    'Macsteel',
  ),
  sheet('MS-5.0', 'Mild steel', '5.00', '6', [[35, '16', '1890.00']], 'Macsteel'),
  sheet('MS-10.0', 'Mild steel', '10.00', '2', [[35, '8', '3750.00']], 'Macsteel'),
  sheet('SS-1.0', 'Stainless steel', '1.00', '5', [[35, '15', '1480.00']], 'Macsteel'),
  sheet('SS-2.0', 'Stainless steel', '2.00', '4', [[35, '10', '2650.00']], 'Macsteel'),
  sheet('SS-3.0', 'Stainless steel', '3.00', '4', [[35, '12', '3900.00']], 'Macsteel'),
  sheet('AL-1.0', 'Aluminium', '1.00', '4', [[35, '10', '690.00']], 'Alumet'),
  sheet('AL-2.0', 'Aluminium', '2.00', '4', [[35, '14', '1260.00']], 'Alumet'),
  sheet('AL-3.0', 'Aluminium', '3.00', '3', [[35, '8', '1850.00']], 'Alumet'),
  {
    code: 'GAS-N2-LIQ',
    name: 'Nitrogen, liquid (230 L dewar)',
    category: 'Consumable',
    unit: 'litres',
    reorderLevel: '100',
    reorderQuantity: '460',
    supplierName: 'Afrox',
    supplierContact: '0860 020 202',
    location: 'Gas cage',
    // Refilled today as well: the current month's reports show a purchase however early in the month.
    bought: [
      [35, '460', '9.80'],
      [0, '230', '9.80'],
    ],
  },
  {
    code: 'GAS-O2',
    name: 'Oxygen, industrial (cylinder)',
    category: 'Consumable',
    unit: 'pieces',
    reorderLevel: '2',
    reorderQuantity: '6',
    supplierName: 'Afrox',
    supplierContact: '0860 020 202',
    location: 'Gas cage',
    bought: [[35, '6', '385.00']],
  },
  part('NOZ-S1.5', 'Nozzle, single 1.5 mm', 'Consumable', 'Cabinet 1', '5', '20', ['20', '45.00']),
  part('NOZ-D2.0', 'Nozzle, double 2.0 mm', 'Consumable', 'Cabinet 1', '5', '20', ['20', '48.00']),
  part('LENS-PW', 'Protective window 27.9×4.1', 'Consumable', 'Cabinet 1', '5', '10', ['10', '185.00']),
  part('LENS-F150', 'Focus lens 150 mm', 'Spare Part', 'Cabinet 2', '1', '1', ['2', '2450.00']),
  part('LENS-COL', 'Collimator lens', 'Spare Part', 'Cabinet 2', '0', null, ['1', '2100.00']),
  part('CER-RING', 'Ceramic nozzle holder ring', 'Spare Part', 'Cabinet 2', '1', '2', ['4', '620.00']),
  {
    code: 'TOOL-CENTRE',
    name: 'Nozzle centring tool',
    category: 'Tool',
    unit: 'pieces',
    reorderLevel: '0',
    location: 'Laser bench',
    bought: [[35, '1', '950.00']],
  },
  {
    code: 'TOOL-CALIPER',
    name: 'Digital caliper 150 mm',
    category: 'Tool',
    unit: 'pieces',
    reorderLevel: '0',
    location: 'Laser bench',
    bought: [[35, '2', '420.00']],
  },
];

/** What the shop took from stock by hand over the month (the runs take their sheets themselves). */
const USE: [code: string, daysAgo: number, quantity: string, notes: string][] = [
  ['GAS-N2-LIQ', 21, '120', 'Stainless and aluminium jobs'],
  ['GAS-N2-LIQ', 7, '170', 'Stainless and aluminium jobs'],
  ['GAS-O2', 24, '2', 'Mild steel jobs'],
  ['GAS-O2', 9, '2', 'Mild steel jobs'],
  ['NOZ-S1.5', 18, '4', 'Worn'],
  ['NOZ-D2.0', 11, '3', 'Worn'],
  ['LENS-PW', 14, '4', 'Spatter after piercing 10 mm'],
];

const daysBefore = (today: string, days: number) =>
  new Date(Date.parse(`${today}T12:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

/** Adds the stock and its purchases (before the runs that take sheets from it); answers the items by code. */
export async function stockTheShop(
  inventory: InventoryService,
  buyer: Principal,
  today: string,
): Promise<Map<string, InventoryItem>> {
  const items = new Map<string, InventoryItem>();
  for (const { bought, ...line } of STOCK) {
    const item = await inventory.create(CreateInventoryItemInputSchema.parse(line));
    for (const [daysAgo, quantity, unitCost] of bought)
      await inventory.record(
        item.id,
        CreateInventoryTransactionInputSchema.parse({
          type: 'Purchase',
          quantity,
          unitCost,
          reference: `PO-${daysBefore(today, daysAgo).replaceAll('-', '')}-${item.code}`,
          date: daysBefore(today, daysAgo),
        }),
        buyer,
      );
    items.set(item.code, item);
  }
  return items;
}

/** Records the month's use by hand, and a stock count that found a damaged sheet. */
export async function useTheShopsStock(
  inventory: InventoryService,
  items: Map<string, InventoryItem>,
  operator: Principal,
  manager: Principal,
  today: string,
): Promise<void> {
  const idOf = (code: string) => items.get(code)?.id as string;
  for (const [code, daysAgo, quantity, notes] of USE)
    await inventory.record(
      idOf(code),
      CreateInventoryTransactionInputSchema.parse({
        type: 'Usage',
        quantity,
        notes,
        date: daysBefore(today, daysAgo),
      }),
      operator,
    );
  await inventory.record(
    idOf('MS-2.0'),
    CreateInventoryTransactionInputSchema.parse({
      type: 'Adjustment',
      quantity: '-1',
      reference: 'Stock count',
      notes: 'Bent in handling',
      date: daysBefore(today, 3),
    }),
    manager,
  );
}
