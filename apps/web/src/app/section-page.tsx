import { PageHeader } from '../components/page-header';
import type { NavSection } from './navigation';

/** A section whose module is still being built: says honestly what will be here. */
export function SectionPage({ section }: { section: NavSection }) {
  return (
    <>
      <PageHeader title={section.label} />
      <div className="empty-state">
        <h2>Coming to this section</h2>
        <p>{section.description}</p>
        <p className="muted">This part of FactoryOps is being built; nothing here can be changed yet.</p>
      </div>
    </>
  );
}
