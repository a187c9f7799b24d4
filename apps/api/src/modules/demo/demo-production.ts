import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  ClientListQuerySchema,
  CreateClientInputSchema,
  CreateOperatorInputSchema,
  CreateLaserRunInputSchema,
  CreatePresetInputSchema,
  CreateProductInputSchema,
  CreateProjectInputSchema,
  type GAS_TYPES,
  type Project,
  type ProjectStatus,
} from '@factoryops/contracts';
import { Injectable } from '@nestjs/common';
import { AppConfig } from '../../config/app-config.js';
import { UsersService } from '../auth/users.service.js';
import { ClientsService } from '../production/clients/clients.service.js';
import { partDrawing } from '../production/design-files/part-drawing.js';
import { DesignFilesService } from '../production/design-files/design-files.service.js';
import { InventoryService } from '../production/inventory/inventory.service.js';
import { OperatorsService } from '../production/operators/operators.service.js';
import { PresetsService } from '../production/presets/presets.service.js';
import { LaserRunsService } from '../production/laser-runs/laser-runs.service.js';
import { ProductsService } from '../production/products/products.service.js';
import { ProjectProductsService } from '../production/products/project-products.service.js';
import { ProjectsService } from '../production/projects/projects.service.js';
import { PopAutomation } from '../production/queue/pop-automation.service.js';
import { QueueService } from '../production/queue/queue.service.js';
import { stockTheShop, useTheShopsStock } from './demo-inventory.js';
import { demoPerson } from './demo-person.js';

const CLIENTS = [
  [
    'Acme Metalworks',
    'Jane Roe',
    'orders@acme-metal.example',
    '+44 20 7946 0101',
    '12 Foundry Lane, Sheffield',
  ],
  [
    'Northwind Signs',
    'Tom Hale',
    'tom@northwind-signs.example',
    '+44 161 496 0202',
    '4 Mill Street, Manchester',
  ],
  [
    'Brightline Architecture',
    'Mia Chen',
    'mia@brightline.example',
    '+44 117 496 0303',
    'Harbourside 9, Bristol',
  ],
  [
    'Cobalt Robotics',
    'Raj Patel',
    'purchasing@cobalt-robotics.example',
    '+44 1223 960404',
    'Science Park 21, Cambridge',
  ],
  ['Oak & Iron Furniture', 'Lena Ortiz', 'lena@oakandiron.example', '+44 113 496 0505', 'Unit 3, Leeds Dock'],
  ['Harbor Marine', 'Sam Fisher', 'sam@harbor-marine.example', '+44 1752 960606', 'Quay Road 7, Plymouth'],
  ['Summit Cycles', 'Ella Brooks', 'ella@summit-cycles.example', '+44 1539 960707', 'Lakeside 2, Kendal'],
  [
    'Greenfield Agri',
    'Owen Price',
    'owen@greenfield-agri.example',
    '+44 1392 960808',
    'Farm Road 15, Exeter',
  ],
] as const;

/** Common thicknesses per material, with a 3 kW fibre laser's settings (power W, speed mm/min, gas, bar). */
const PRESETS: [
  material: string,
  thickness: string,
  power: number,
  speed: number,
  gas: (typeof GAS_TYPES)[number],
  bar: string,
][] = [
  ['Mild steel', '1.00', 1500, 9000, 'N2', '12.00'],
  ['Mild steel', '2.00', 2000, 6000, 'O2', '0.80'],
  ['Mild steel', '3.00', 3000, 4200, 'O2', '0.70'],
  ['Mild steel', '5.00', 3000, 2600, 'O2', '0.60'],
  ['Mild steel', '10.00', 3000, 1100, 'O2', '0.50'],
  ['Stainless steel', '1.00', 1500, 8000, 'N2', '14.00'],
  ['Stainless steel', '2.00', 2500, 4500, 'N2', '16.00'],
  ['Stainless steel', '3.00', 3000, 2800, 'N2', '18.00'],
  ['Aluminium', '1.00', 1500, 9500, 'N2', '12.00'],
  ['Aluminium', '2.00', 2500, 5000, 'N2', '15.00'],
  ['Aluminium', '3.00', 3000, 3000, 'Air', '10.00'],
];

const PRODUCTS = [
  {
    sku: 'SKU-0001',
    name: 'Base plate 120×80',
    material: 'Mild steel',
    thickness: '3.00',
    unitPrice: '6.40',
    width: 120,
    height: 80,
    holes: 4,
  },
  {
    sku: 'SKU-0002',
    name: 'Mounting bracket',
    material: 'Mild steel',
    thickness: '5.00',
    unitPrice: '9.80',
    width: 150,
    height: 60,
    holes: 2,
  },
  {
    sku: 'SKU-0003',
    name: 'Sign panel 400×200',
    material: 'Aluminium',
    thickness: '2.00',
    unitPrice: '18.50',
    width: 400,
    height: 200,
    holes: 4,
  },
  {
    sku: 'SKU-0004',
    name: 'Cover plate',
    material: 'Stainless steel',
    thickness: '1.00',
    unitPrice: '11.20',
    width: 200,
    height: 150,
    holes: 6,
  },
  {
    sku: 'SKU-0005',
    name: 'Gusset 100',
    material: 'Mild steel',
    thickness: '10.00',
    unitPrice: '7.90',
    width: 100,
    height: 100,
    holes: 1,
  },
  {
    sku: 'SKU-0006',
    name: 'Frame rail',
    material: 'Stainless steel',
    thickness: '3.00',
    unitPrice: '24.00',
    width: 600,
    height: 40,
    holes: 5,
  },
];

/** Evenly spaced holes along the middle of a part, 8 mm across. */
function holesOf(width: number, height: number, count: number) {
  return Array.from({ length: count }, (_, i) => ({
    x: Math.round((width * (i + 1)) / (count + 1)),
    y: Math.round(height / 2),
    diameter: 8,
  }));
}

/** How each demo project ends up, in the order they are made (25, every status; 10 left in the queue). */
const JOURNEYS: ProjectStatus[] = [
  ...Array<ProjectStatus>(8).fill('Completed'),
  ...Array<ProjectStatus>(2).fill('In Progress'),
  ...Array<ProjectStatus>(4).fill('Queued (Scheduled for Cutting)'),
  ...Array<ProjectStatus>(4).fill('Approved (POP Received)'),
  ...Array<ProjectStatus>(3).fill('Quote & Approval'),
  ...Array<ProjectStatus>(2).fill('Request'),
  'Cancelled',
  'Cancelled',
];
const JOB_NAMES = [
  'Brackets',
  'Sign letters',
  'Facade panels',
  'Robot guards',
  'Table frames',
  'Deck fittings',
  'Frame gussets',
  'Hopper plates',
];

const daysFromToday = (today: string, days: number) =>
  new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * A believable laser shop: 8 clients, 25 projects across every status, products with a DXF drawing each,
 * presets for mild steel, stainless and aluminium, two operators (one signed in as operator@demo.local),
 * a queue of 10, a month of laser runs, and the stock they took their sheets from (two items to reorder).
 */
@Injectable()
export class DemoProduction {
  constructor(
    private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly clients: ClientsService,
    private readonly projects: ProjectsService,
    private readonly pop: PopAutomation,
    private readonly queue: QueueService,
    private readonly products: ProductsService,
    private readonly projectProducts: ProjectProductsService,
    private readonly designFiles: DesignFilesService,
    private readonly presets: PresetsService,
    private readonly operators: OperatorsService,
    private readonly laserRuns: LaserRunsService,
    private readonly inventory: InventoryService,
  ) {}

  /** Loads the shop once (nothing when clients exist); answers the projects made. */
  async load(): Promise<Project[]> {
    const {
      users,
      clients,
      projects,
      pop,
      queue,
      products,
      projectProducts,
      designFiles,
      presets,
      operators,
    } = this;
    if ((await clients.list(ClientListQuerySchema.parse({ pageSize: '1' }))).total > 0) return [];
    const uploader = await demoPerson(users, 'manager@demo.local', ['manager']);
    const olgaSignedIn = await demoPerson(users, 'operator@demo.local', ['operator']);

    for (const [material, thickness, powerW, speedMmMin, gasType, gasPressureBar] of PRESETS)
      await presets.create(
        CreatePresetInputSchema.parse({
          name: `${material} ${Number(thickness)} mm`,
          material,
          thickness,
          powerW,
          speedMmMin,
          gasType,
          gasPressureBar,
          nozzleMm: Number(thickness) >= 5 ? '2.00' : '1.50',
          focusMm: gasType === 'O2' ? '1.00' : '-1.50',
        }),
      );
    const olga = await operators.create(
      CreateOperatorInputSchema.parse({
        name: 'Olga Operator',
        email: olgaSignedIn.email,
        userId: olgaSignedIn.id,
      }),
    );
    const sam = await operators.create(
      CreateOperatorInputSchema.parse({ name: 'Sam Sheet', phone: '+44 7700 900123' }),
    );
    const shopPresets = (await presets.list({})).items;

    const incoming = path.join(this.config.env.DATA_DIR, 'uploads', 'incoming');
    await mkdir(incoming, { recursive: true });
    const catalogue = [];
    for (const { width, height, holes, ...product } of PRODUCTS) {
      const created = await products.create(CreateProductInputSchema.parse(product));
      const drawing = partDrawing({ width, height, holes: holesOf(width, height, holes) });
      const file = path.join(incoming, `demo-${product.sku}.dxf`);
      await writeFile(file, drawing);
      await designFiles.upload(
        uploader,
        { productId: created.id },
        { originalname: `${product.sku} ${product.name}.dxf`, size: Buffer.byteLength(drawing), path: file },
      );
      catalogue.push(created);
    }

    const made: Project[] = [];
    const customers = [];
    for (const [name, contactPerson, email, phone, address] of CLIENTS)
      customers.push(
        await clients.create(CreateClientInputSchema.parse({ name, contactPerson, email, phone, address })),
      );
    const today = projects.today();
    const stock = await stockTheShop(this.inventory, uploader, today);
    for (const [index, journey] of JOURNEYS.entries()) {
      const customer = customers[index % customers.length];
      const product = catalogue[index % catalogue.length];
      const parts = 20 + ((index * 37) % 180);
      const age = 40 - index;
      const project = await projects.create(
        CreateProjectInputSchema.parse({
          clientId: customer.id,
          name: `${JOB_NAMES[index % JOB_NAMES.length]} ${product.material.toLowerCase()} ${Number(product.thickness)} mm`,
          status: journey === 'Request' ? 'Request' : 'Quote & Approval',
          quoteDate: daysFromToday(today, -age),
          dueDate: daysFromToday(today, 14 - (index % 5) * 7),
          quotedPrice: (parts * Number(product.unitPrice)).toFixed(2),
          materialType: product.material,
          materialThickness: product.thickness,
          sheets: 1 + (index % 4),
          parts,
          estimatedCutMinutes: 30 + ((index * 23) % 150),
          drawingMinutes: 15 + (index % 4) * 10,
          bins: 1 + (index % 3),
        }),
      );
      await projectProducts.add(project.id, { productId: product.id, quantity: parts });
      if (journey === 'Cancelled') await projects.changeStatus(project.id, { status: 'Cancelled' });
      if (['Request', 'Quote & Approval', 'Cancelled'].includes(journey)) {
        made.push(await projects.get(project.id));
        continue;
      }
      // Completed jobs paid weeks ago; the queue's jobs over the last days.
      const receivedOn = daysFromToday(
        today,
        journey === 'Completed' ? -30 + index * 3 : -(JOURNEYS.length - index) / 3,
      );
      const { queueItem } = await pop.markReceived(project.id, { receivedOn });
      if (index % 7 === 3) await queue.update(queueItem.id, { priority: index % 2 ? 'High' : 'Urgent' });
      if (journey === 'Queued (Scheduled for Cutting)')
        await projects.changeStatus(project.id, { status: 'Queued (Scheduled for Cutting)' });
      if (journey === 'In Progress' || journey === 'Completed') await queue.act(queueItem.id, 'start');
      if (journey === 'In Progress' || journey === 'Completed') {
        // A month of runs: the oldest completed jobs weeks ago, the last ones and those in progress this week.
        const runs = journey === 'Completed' ? 2 + (index % 2) : 1;
        for (let run = 0; run < runs; run += 1) {
          const byOlga = (index + run) % 2 === 0;
          const estimate = project.estimatedCutMinutes ?? 60;
          await this.laserRuns.create(
            CreateLaserRunInputSchema.parse({
              projectId: project.id,
              queueItemId: queueItem.id,
              operatorId: byOlga ? olga.id : sam.id,
              presetId:
                shopPresets.find(
                  (preset) => preset.material === product.material && preset.thickness === product.thickness,
                )?.id ?? null,
              runDate: daysFromToday(today, journey === 'Completed' ? -(30 - index * 4) + run : -run),
              cutMinutes: Math.max(
                5,
                Math.round((estimate / runs) * (0.8 + ((index * 7 + run * 3) % 5) / 10)),
              ),
              material: product.material,
              thickness: product.thickness ?? '1.00',
              sheets: 1 + ((index + run) % 3),
              parts: Math.round(parts / runs),
            }),
            byOlga ? olgaSignedIn : uploader,
          );
        }
      }
      if (journey === 'Completed') await queue.act(queueItem.id, 'complete');
      made.push(await projects.get(project.id));
    }
    await useTheShopsStock(this.inventory, stock, olgaSignedIn, uploader, today);
    return made;
  }
}
