import type {
  ClientsReport,
  EfficiencyFigures,
  EfficiencyReport,
  InventoryReport,
  ProductionFigures,
  ProductionReport,
  ReportName,
} from '@factoryops/contracts';

/** A report as one CSV table: the header, then a line per figure, the first column saying which group it is. */
export interface ReportTable {
  header: string[];
  rows: unknown[][];
}

const RUN_COLUMNS = ['runs', 'cutMinutes', 'cutHours', 'parts', 'sheets'] as const;
const runCells = (figures: ProductionFigures) => RUN_COLUMNS.map((column) => figures[column]);

/** Per day, per operator, per material, then the total. */
export function productionTable(report: ProductionReport): ReportTable {
  return {
    header: ['group', 'name', 'thickness', ...RUN_COLUMNS],
    rows: [
      ...report.days.map((day) => ['day', day.day, null, ...runCells(day)]),
      ...report.byOperator.map((operator) => ['operator', operator.name, null, ...runCells(operator)]),
      ...report.byMaterial.map((material) => [
        'material',
        material.material,
        material.thickness,
        ...runCells(material),
      ]),
      ['total', null, null, ...runCells(report.totals)],
    ],
  };
}

const EFFICIENCY_COLUMNS = [
  'estimatedMinutes',
  'actualMinutes',
  'varianceMinutes',
  'variancePercent',
  'efficiencyPercent',
  'class',
] as const;
const efficiencyCells = (figures: EfficiencyFigures) => EFFICIENCY_COLUMNS.map((column) => figures[column]);

/** Per project, per operator, then the total. */
export function efficiencyTable(report: EfficiencyReport): ReportTable {
  return {
    header: ['group', 'code', 'name', 'client', 'runs', ...EFFICIENCY_COLUMNS],
    rows: [
      ...report.byProject.map((p) => [
        'project',
        p.code,
        p.name,
        p.clientName,
        p.runs,
        ...efficiencyCells(p),
      ]),
      ...report.byOperator.map((o) => ['operator', null, o.name, null, o.runs, ...efficiencyCells(o)]),
      ['total', null, null, null, null, ...efficiencyCells(report.totals)],
    ],
  };
}

/**
 * Purchases and usage per period (values; quantities per unit on lines of their own) and per item, the
 * range's totals, then the stock's value per category and in all, and the items that are low.
 */
export function inventoryTable(report: InventoryReport): ReportTable {
  const { movements, valuation } = report;
  return {
    header: [
      'group',
      'start',
      'code',
      'name',
      'unit',
      'purchased',
      'used',
      'purchasedValue',
      'usedValue',
      'quantityOnHand',
      'reorderLevel',
      'stockValue',
    ],
    rows: [
      ...movements.points.flatMap((point) => [
        [movements.period, point.start, null, null, null, null, null, point.purchasedValue, point.usedValue],
        ...point.quantities.map((line) => [
          `${movements.period} quantity`,
          point.start,
          null,
          null,
          line.unit,
          line.purchased,
          line.used,
        ]),
      ]),
      ...report.byItem.map((item) => [
        'item',
        null,
        item.code,
        item.name,
        item.unit,
        item.purchased,
        item.used,
        item.purchasedValue,
        item.usedValue,
      ]),
      ['movements total', null, null, null, null, null, null, movements.purchasedValue, movements.usedValue],
      ...valuation.categories.map((category) => [
        'category',
        null,
        null,
        category.category,
        ...Array(7).fill(null),
        category.value,
      ]),
      ['stock total', ...Array(10).fill(null), valuation.total],
      ...report.lowStock.map((item) => [
        'low stock',
        null,
        item.code,
        item.name,
        item.unit,
        ...Array(4).fill(null),
        item.quantityOnHand,
        item.reorderLevel,
        item.value,
      ]),
    ],
  };
}

const CLIENT_COLUMNS = [
  'newProjects',
  'completedProjects',
  'activeProjects',
  'cutMinutes',
  'cutHours',
  'invoices',
  'revenue',
  'invoiced',
  'paid',
] as const;

/** Per client, then the total. */
export function clientsTable(report: ClientsReport): ReportTable {
  return {
    header: ['group', 'code', 'name', ...CLIENT_COLUMNS],
    rows: [
      ...report.clients.map((client) => [
        'client',
        client.code,
        client.name,
        ...CLIENT_COLUMNS.map((column) => client[column]),
      ]),
      ['total', null, null, ...CLIENT_COLUMNS.map((column) => report.totals[column])],
    ],
  };
}

/** The file a report's CSV is saved as: `production-report_2026-12-01_2026-12-31.csv`. */
export const reportFileName = (name: ReportName, range: { from: string; to: string }) =>
  `${name}-report_${range.from}_${range.to}.csv`;
