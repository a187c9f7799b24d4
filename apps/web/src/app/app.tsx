import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { BrowserRouter, Outlet, Route, Routes, useLocation } from 'react-router';
import { AlarmRulePage } from '../features/alarms/alarm-rule-page';
import { AlarmRulesPage } from '../features/alarms/alarm-rules-page';
import { AlarmsPage } from '../features/alarms/alarms-page';
import { OutboxPage } from '../features/alarms/outbox-page';
import { ApiKeysPage } from '../features/api-keys/api-keys-page';
import { AuditPage } from '../features/audit/audit-page';
import { CalibrationPage } from '../features/calibration/calibration-page';
import { DevicePage } from '../features/fleet/device-page';
import { DevicesPage } from '../features/fleet/devices-page';
import { SoftwareDetailPage } from '../features/fleet/software-detail-page';
import { SoftwarePage } from '../features/fleet/software-page';
import { InstrumentsPage } from '../features/instruments/instruments-page';
import { BoardPage } from '../features/maintenance/board-page';
import { CalendarPage } from '../features/maintenance/calendar-page';
import { MachinePage } from '../features/maintenance/machine-page';
import { MachinesPage } from '../features/maintenance/machines-page';
import { RequestPage } from '../features/maintenance/request-page';
import { TeamsPage } from '../features/maintenance/teams-page';
import { CompanySettingsPage } from '../features/production/billing/company-settings-page';
import { InvoicePage } from '../features/production/billing/invoice-page';
import { InvoicesPage } from '../features/production/billing/invoices-page';
import { MessageTemplatesPage } from '../features/production/communications/message-templates-page';
import { MessagesPage } from '../features/production/communications/messages-page';
import { QuotePage } from '../features/production/billing/quote-page';
import { QuotesPage } from '../features/production/billing/quotes-page';
import { ClientPage } from '../features/production/clients/client-page';
import { ProductionDashboardPage } from '../features/production/dashboard/production-dashboard-page';
import { InventoryItemPage } from '../features/production/inventory/inventory-item-page';
import { InventoryPage } from '../features/production/inventory/inventory-page';
import { InventoryTransactionsPage } from '../features/production/inventory/inventory-transactions-page';
import { AccountingCallbackPage } from '../features/production/sage/accounting-callback-page';
import { AccountingPage } from '../features/production/sage/accounting-page';
import { ProductPage } from '../features/production/products/product-page';
import { ProductsPage } from '../features/production/products/products-page';
import { OperatorPage } from '../features/production/runs/operator-page';
import { RunsPage } from '../features/production/runs/runs-page';
import { ClientsPage } from '../features/production/clients/clients-page';
import { OperatorsPage } from '../features/production/operators/operators-page';
import { PresetsPage } from '../features/production/presets/presets-page';
import { ProjectPage } from '../features/production/projects/project-page';
import { ProjectsPage } from '../features/production/projects/projects-page';
import { QueuePage } from '../features/production/queue/queue-page';
import { ReportsPage } from '../features/production/reports/reports-page';
import { RolesPage } from '../features/roles/roles-page';
import { UsersPage } from '../features/users/users-page';
import { ApiError } from '../lib/api-client';
import { AuthProvider, useAuth } from './auth-session';
import { HomePage } from './home-page';
import { Layout } from './layout';
import { LoginPage } from './login-page';
import { SECTIONS } from './navigation';
import { NotFoundPage } from './not-found-page';
import { RequirePermission } from './require-permission';
import { SectionPage } from './section-page';

// Pages with charts load ApexCharts on demand, so the sign-in and the shell stay light.
const DashboardPage = lazy(() =>
  import('../features/monitoring/dashboard-page').then((module) => ({ default: module.DashboardPage })),
);
const MaintenanceDashboardPage = lazy(() =>
  import('../features/maintenance/dashboard-page').then((module) => ({
    default: module.MaintenanceDashboardPage,
  })),
);
const HistoryPage = lazy(() =>
  import('../features/history/history-page').then((module) => ({ default: module.HistoryPage })),
);
const AnalyticsPage = lazy(() =>
  import('../features/analytics/analytics-page').then((module) => ({ default: module.AnalyticsPage })),
);
const KpisPage = lazy(() =>
  import('../features/maintenance/kpis-page').then((module) => ({ default: module.KpisPage })),
);
const AlarmHistoryPage = lazy(() =>
  import('../features/alarms/alarm-history-page').then((module) => ({ default: module.AlarmHistoryPage })),
);
// The JSON templates page loads its schema form library (rjsf) on demand too.
const TemplatesPage = lazy(() =>
  import('../features/fleet/templates/templates-page').then((module) => ({ default: module.TemplatesPage })),
);
const LoginHistoryPage = lazy(() =>
  import('../features/login-history/login-history-page').then((module) => ({
    default: module.LoginHistoryPage,
  })),
);

function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 15_000,
        retry: (count, error) =>
          !(error instanceof ApiError && error.status > 0 && error.status < 500) && count < 2,
      },
    },
  });
}

function SignedInRoutes() {
  const [monitoring, maintenance, production, fleet] = SECTIONS;
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<HomePage />} />
        <Route
          path="monitoring"
          element={
            <RequirePermission anyOf={monitoring.anyOf}>
              <DashboardPage />
            </RequirePermission>
          }
        />
        <Route
          path="monitoring/history"
          element={
            <RequirePermission anyOf={monitoring.anyOf}>
              <HistoryPage />
            </RequirePermission>
          }
        />
        <Route
          path="monitoring/analytics"
          element={
            <RequirePermission anyOf={monitoring.anyOf}>
              <AnalyticsPage />
            </RequirePermission>
          }
        />
        <Route
          path="monitoring/instruments"
          element={
            <RequirePermission anyOf={monitoring.anyOf}>
              <InstrumentsPage />
            </RequirePermission>
          }
        />
        <Route
          path="monitoring/calibration"
          element={
            <RequirePermission anyOf={monitoring.anyOf}>
              <CalibrationPage />
            </RequirePermission>
          }
        />
        <Route
          path="monitoring/alarms"
          element={
            <RequirePermission anyOf={monitoring.anyOf}>
              <Outlet />
            </RequirePermission>
          }
        >
          <Route index element={<AlarmsPage />} />
          <Route path="history" element={<AlarmHistoryPage />} />
          <Route path="rules" element={<AlarmRulesPage />} />
          <Route path="rules/:sensorId" element={<AlarmRulePage />} />
          <Route
            path="outbox"
            element={
              <RequirePermission anyOf={['alarms.manage']}>
                <OutboxPage />
              </RequirePermission>
            }
          />
        </Route>
        <Route
          path="maintenance"
          element={
            <RequirePermission anyOf={maintenance.anyOf}>
              <Outlet />
            </RequirePermission>
          }
        >
          <Route index element={<BoardPage />} />
          <Route path="machines" element={<MachinesPage />} />
          <Route path="machines/:id" element={<MachinePage />} />
          <Route path="requests/:id" element={<RequestPage />} />
          <Route path="calendar" element={<CalendarPage />} />
          <Route path="dashboard" element={<MaintenanceDashboardPage />} />
          <Route path="kpis" element={<KpisPage />} />
          <Route path="teams" element={<TeamsPage />} />
        </Route>
        <Route
          path="production"
          element={
            <RequirePermission anyOf={production.anyOf}>
              <Outlet />
            </RequirePermission>
          }
        >
          <Route index element={<ProductionDashboardPage />} />
          <Route path="clients" element={<ClientsPage />} />
          <Route path="clients/:id" element={<ClientPage />} />
          <Route path="projects" element={<ProjectsPage />} />
          <Route path="projects/:id" element={<ProjectPage />} />
          <Route path="queue" element={<QueuePage />} />
          <Route path="presets" element={<PresetsPage />} />
          <Route path="operators" element={<OperatorsPage />} />
          <Route path="operators/:id" element={<OperatorPage />} />
          <Route path="products" element={<ProductsPage />} />
          <Route path="products/:id" element={<ProductPage />} />
          <Route path="runs" element={<RunsPage />} />
          <Route path="inventory" element={<InventoryPage />} />
          <Route path="inventory/transactions" element={<InventoryTransactionsPage />} />
          <Route path="inventory/:id" element={<InventoryItemPage />} />
          <Route
            element={
              <RequirePermission anyOf={['production.billing.view']}>
                <Outlet />
              </RequirePermission>
            }
          >
            <Route path="quotes" element={<QuotesPage />} />
            <Route path="quotes/:id" element={<QuotePage />} />
            <Route path="invoices" element={<InvoicesPage />} />
            <Route path="invoices/:id" element={<InvoicePage />} />
            <Route path="settings" element={<CompanySettingsPage />} />
          </Route>
          <Route
            element={
              <RequirePermission anyOf={['production.communications.view']}>
                <Outlet />
              </RequirePermission>
            }
          >
            <Route path="messages" element={<MessagesPage />} />
            <Route path="messages/templates" element={<MessageTemplatesPage />} />
          </Route>
          <Route
            element={
              <RequirePermission anyOf={['production.reports.view']}>
                <Outlet />
              </RequirePermission>
            }
          >
            <Route path="reports" element={<ReportsPage />} />
            <Route path="reports/:report" element={<ReportsPage />} />
          </Route>
          <Route
            element={
              <RequirePermission anyOf={['production.sage.manage']}>
                <Outlet />
              </RequirePermission>
            }
          >
            <Route path="accounting" element={<AccountingPage />} />
            <Route path="accounting/callback" element={<AccountingCallbackPage />} />
          </Route>
        </Route>
        <Route
          path={fleet.to.slice(1)}
          element={
            <RequirePermission anyOf={fleet.anyOf}>
              <Outlet />
            </RequirePermission>
          }
        >
          <Route index element={<DevicesPage />} />
          <Route path="devices/:id" element={<DevicePage />} />
          <Route path="software" element={<SoftwarePage />} />
          <Route path="software/:id" element={<SoftwareDetailPage />} />
          <Route path="templates" element={<TemplatesPage />} />
          {/* Installations, configurations, tests: the parts of the section still to come. */}
          <Route path="*" element={<SectionPage section={fleet} />} />
        </Route>
        <Route path="admin">
          <Route
            index
            element={
              <RequirePermission anyOf={['users.manage']}>
                <UsersPage />
              </RequirePermission>
            }
          />
          <Route
            path="users"
            element={
              <RequirePermission anyOf={['users.manage']}>
                <UsersPage />
              </RequirePermission>
            }
          />
          <Route
            path="roles"
            element={
              <RequirePermission anyOf={['users.manage']}>
                <RolesPage />
              </RequirePermission>
            }
          />
          <Route
            path="api-keys"
            element={
              <RequirePermission anyOf={['apikeys.manage']}>
                <ApiKeysPage />
              </RequirePermission>
            }
          />
          <Route
            path="logins"
            element={
              <RequirePermission anyOf={['logins.view']}>
                <LoginHistoryPage />
              </RequirePermission>
            }
          />
          <Route
            path="audit"
            element={
              <RequirePermission anyOf={['audit.view']}>
                <AuditPage />
              </RequirePermission>
            }
          />
        </Route>
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

const WallPage = lazy(() =>
  import('../features/monitoring/wall-page').then((module) => ({ default: module.WallPage })),
);
const PortalPage = lazy(() =>
  import('../features/portal/portal-page').then((module) => ({ default: module.PortalPage })),
);

function Gate() {
  const { state } = useAuth();
  const location = useLocation();
  // The wall display signs in with its own link, whoever is (not) signed in in this browser.
  if (location.pathname === '/wall') {
    return (
      <Suspense fallback={<div className="splash">Loading…</div>}>
        <WallPage />
      </Suspense>
    );
  }
  // A machine's QR label: anyone may report a problem, signed in or not.
  if (location.pathname.startsWith('/portal/')) {
    return (
      <Suspense fallback={<div className="splash">Loading…</div>}>
        <Routes>
          <Route path="/portal/:token" element={<PortalPage />} />
        </Routes>
      </Suspense>
    );
  }
  if (state.status === 'loading') {
    return (
      <div className="splash" aria-busy="true">
        Loading FactoryOps…
      </div>
    );
  }
  if (state.status === 'signed-out') return <LoginPage notice={state.notice} />;
  return <SignedInRoutes />;
}

export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <AuthProvider>
          <Gate />
        </AuthProvider>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
