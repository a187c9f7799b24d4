import { Module } from '@nestjs/common';
import { CustomersModule } from '../customers/customers.module.js';
import { JobsModule } from '../jobs/jobs.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { BillingDocuments } from './billing/billing-documents.service.js';
import { InvoicesController } from './billing/invoices.controller.js';
import { InvoicesService } from './billing/invoices.service.js';
import { QuotesController } from './billing/quotes.controller.js';
import { QuotesService } from './billing/quotes.service.js';
import { ClientMessages } from './communications/client-messages.js';
import { CommunicationsController } from './communications/communications.controller.js';
import { CommunicationsService } from './communications/communications.service.js';
import { MessageAutomations } from './communications/message-automations.service.js';
import { MessageTemplatesController } from './communications/message-templates.controller.js';
import { MessageTemplatesService } from './communications/message-templates.service.js';
import { QuoteExpiryReminders } from './communications/quote-expiry-reminders.js';
import { ClientsController } from './clients/clients.controller.js';
import { ClientsService } from './clients/clients.service.js';
import { DesignFilesController } from './design-files/design-files.controller.js';
import { DesignFilesService } from './design-files/design-files.service.js';
import { InventoryController } from './inventory/inventory.controller.js';
import { InventoryService } from './inventory/inventory.service.js';
import { LowStockDigest } from './inventory/low-stock-digest.js';
import { ProductionDashboardController } from './dashboard/production-dashboard.controller.js';
import { ProductionDashboardService } from './dashboard/production-dashboard.service.js';
import { LaserRunsController } from './laser-runs/laser-runs.controller.js';
import { LaserRunsService } from './laser-runs/laser-runs.service.js';
import { OperatorsController } from './operators/operators.controller.js';
import { OperatorsService } from './operators/operators.service.js';
import { PresetsController } from './presets/presets.controller.js';
import { PresetsService } from './presets/presets.service.js';
import { ProductsController, ProjectProductsController } from './products/products.controller.js';
import { ProductsService } from './products/products.service.js';
import { ProjectProductsService } from './products/project-products.service.js';
import { ProjectsController } from './projects/projects.controller.js';
import { ProjectsService } from './projects/projects.service.js';
import { ProductionReportsController } from './reports/production-reports.controller.js';
import { ProductionReportsService } from './reports/production-reports.service.js';
import { PopAutomation } from './queue/pop-automation.service.js';
import { QueueController } from './queue/queue.controller.js';
import { QueueService } from './queue/queue.service.js';
import { SageController } from './sage/sage.controller.js';
import { SAGE_PROVIDERS } from './sage/sage.providers.js';
import { CompanySettingsController } from './settings/company-settings.controller.js';
import { CompanySettingsService } from './settings/company-settings.service.js';

/**
 * The laser job shop (seed 002): clients, projects, the POP that queues a project, the queue's actions
 * and order, presets, operators, laser runs, the dashboard, products, the design files of projects and
 * products, the inventory that runs take their sheets from, quotes and invoices with their PDFs, the
 * company details they print, and the messages to clients (templates, automations, history). Exports its services for the demo shop, and the operators so that an
 * account can name the operator it is.
 * company details they print, and the sync with Sage Accounting. Exports its services for the demo shop,
 * and the operators so that an account can name the operator it is.
 */
@Module({
  imports: [CustomersModule, NotificationsModule, JobsModule],
  controllers: [
    ClientsController,
    ProjectsController,
    QueueController,
    PresetsController,
    OperatorsController,
    ProductsController,
    ProjectProductsController,
    DesignFilesController,
    LaserRunsController,
    ProductionDashboardController,
    InventoryController,
    QuotesController,
    InvoicesController,
    CompanySettingsController,
    MessageTemplatesController,
    CommunicationsController,
    ProductionReportsController,
    SageController,
  ],
  providers: [
    ClientsService,
    ProjectsService,
    PopAutomation,
    QueueService,
    PresetsService,
    OperatorsService,
    ProductsService,
    ProjectProductsService,
    DesignFilesService,
    LaserRunsService,
    ProductionDashboardService,
    InventoryService,
    LowStockDigest,
    CompanySettingsService,
    BillingDocuments,
    QuotesService,
    InvoicesService,
    ClientMessages,
    MessageAutomations,
    MessageTemplatesService,
    CommunicationsService,
    QuoteExpiryReminders,
    ProductionReportsService,
    ...SAGE_PROVIDERS,
  ],
  exports: [
    ClientsService,
    ProjectsService,
    PopAutomation,
    QueueService,
    PresetsService,
    OperatorsService,
    ProductsService,
    ProjectProductsService,
    DesignFilesService,
    LaserRunsService,
    InventoryService,
    CompanySettingsService,
    QuotesService,
    InvoicesService,
    MessageTemplatesService,
    CommunicationsService,
    QuoteExpiryReminders,
  ],
})
export class ProductionModule {}
