/** Addresses of the production pages, for links from anywhere in the feature. */
export const PRODUCTION_PATHS = {
  clients: '/production/clients',
  projects: '/production/projects',
  queue: '/production/queue',
  presets: '/production/presets',
  operators: '/production/operators',
  products: '/production/products',
  runs: '/production/runs',
  inventory: '/production/inventory',
  inventoryTransactions: '/production/inventory/transactions',
  quotes: '/production/quotes',
  invoices: '/production/invoices',
  settings: '/production/settings',
  messages: '/production/messages',
  messageTemplates: '/production/messages/templates',
  reports: '/production/reports',
  accounting: '/production/accounting',
} as const;
export const clientPath = (id: string) => `${PRODUCTION_PATHS.clients}/${id}`;
export const projectPath = (id: string) => `${PRODUCTION_PATHS.projects}/${id}`;
export const productPath = (id: string) => `${PRODUCTION_PATHS.products}/${id}`;
export const operatorPath = (id: string) => `${PRODUCTION_PATHS.operators}/${id}`;
export const inventoryItemPath = (id: string) => `${PRODUCTION_PATHS.inventory}/${id}`;
export const quotePath = (id: string) => `${PRODUCTION_PATHS.quotes}/${id}`;
export const invoicePath = (id: string) => `${PRODUCTION_PATHS.invoices}/${id}`;
