import { Link } from 'react-router';
import { useCurrentUser } from './auth-session';
import { visibleSections } from './navigation';

export function HomePage() {
  const user = useCurrentUser();
  const sections = visibleSections(user.permissions);
  return (
    <>
      <header className="page-header">
        <div>
          <h1>Hello, {user.displayName.split(' ')[0]}</h1>
          <p className="muted">Where would you like to go?</p>
        </div>
      </header>
      <div className="cards">
        {sections.map((section) => (
          <Link
            key={section.to}
            to={section.children?.length ? section.children[0].to : section.to}
            className="card card--link"
          >
            <h2>{section.label}</h2>
            <p>{section.description}</p>
          </Link>
        ))}
      </div>
    </>
  );
}
