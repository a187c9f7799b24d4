import { ROLE_LABELS } from '@factoryops/contracts';
import { Suspense, useState } from 'react';
import { NavLink, Outlet, useLocation } from 'react-router';
import { ActiveAlarmsBadge } from '../features/alarms/active-alarms-badge';
import { useAuth, useCurrentUser } from './auth-session';
import { visibleSections } from './navigation';

export function Layout() {
  const user = useCurrentUser();
  const { logout } = useAuth();
  const [menuOpen, setMenuOpen] = useState(false);
  const location = useLocation();
  const sections = visibleSections(user.permissions);
  const [lastPath, setLastPath] = useState(location.pathname);
  if (lastPath !== location.pathname) {
    setLastPath(location.pathname);
    setMenuOpen(false);
  }

  return (
    <div className="shell">
      <header className="topbar">
        <button
          type="button"
          className="button button--ghost topbar__menu"
          aria-expanded={menuOpen}
          aria-controls="main-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          ☰ <span className="visually-hidden">Menu</span>
        </button>
        <NavLink to="/" className="brand">
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <span>FactoryOps</span>
        </NavLink>
        <div className="topbar__user">
          <span className="topbar__name">{user.displayName}</span>
          <span className="topbar__roles">{user.roles.map((role) => ROLE_LABELS[role]).join(', ')}</span>
        </div>
        <button type="button" className="button button--ghost" onClick={() => void logout()}>
          Sign out
        </button>
      </header>
      <nav id="main-nav" className={`sidenav${menuOpen ? ' sidenav--open' : ''}`} aria-label="Main">
        <ul>
          <li>
            <NavLink to="/" end>
              Home
            </NavLink>
          </li>
          {sections.map((section) => (
            <li key={section.to}>
              <NavLink to={section.children?.length ? section.children[0].to : section.to}>
                {section.label}
              </NavLink>
              {section.children?.length && location.pathname.startsWith(section.to) ? (
                <ul>
                  {section.children.map((child) => (
                    <li key={child.to}>
                      <NavLink to={child.to} end={child.to === section.to}>
                        {child.label}
                        {child.badge === 'active-alarms' ? <ActiveAlarmsBadge /> : null}
                      </NavLink>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      </nav>
      <main className="content">
        <Suspense fallback={<p className="muted">Loading…</p>}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
