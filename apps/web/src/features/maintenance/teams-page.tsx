import type { Team } from '@factoryops/contracts';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { useCurrentUser } from '../../app/auth-session';
import { type Column, DataTable } from '../../components/data-table';
import { Dialog } from '../../components/dialog';
import { ErrorBanner } from '../../components/error-banner';
import { PageHeader } from '../../components/page-header';
import { teamListQuery, useDeleteTeam } from './queries';
import { TeamForm } from './team-form';

/** Maintenance teams and their members; managers create, edit and delete them. */
export function TeamsPage() {
  const canManage = useCurrentUser().permissions.includes('maintenance.manage');
  const teams = useQuery(teamListQuery);
  const remove = useDeleteTeam();
  const [editing, setEditing] = useState<Team | 'new' | null>(null);

  const columns: Column<Team>[] = [
    {
      header: 'Team',
      cell: (team) => (
        <>
          <strong>{team.name}</strong>
          {team.description ? <div className="muted small">{team.description}</div> : null}
        </>
      ),
    },
    {
      header: 'Members',
      cell: (team) =>
        team.members.length ? (
          team.members.map((m) => m.displayName).join(', ')
        ) : (
          <span className="muted">No members yet</span>
        ),
    },
    {
      header: 'Actions',
      hiddenHeader: true,
      className: 'table__actions',
      cell: (team) => (
        <div className="row-actions">
          <Link className="button button--small" to={`/maintenance?teamId=${team.id}`}>
            Board<span className="visually-hidden"> of {team.name}</span>
          </Link>
          {canManage ? (
            <>
              <button type="button" className="button button--small" onClick={() => setEditing(team)}>
                Edit<span className="visually-hidden"> {team.name}</span>
              </button>
              <button
                type="button"
                className="button button--small button--danger"
                onClick={() => {
                  if (window.confirm(`Delete the team ${team.name}? A team with requests cannot be deleted.`))
                    remove.mutate(team.id);
                }}
              >
                Delete<span className="visually-hidden"> {team.name}</span>
              </button>
            </>
          ) : null}
        </div>
      ),
    },
  ];

  return (
    <>
      <PageHeader
        title="Teams"
        description="Who repairs what: requests go to a machine's team, whose members may work on them."
        actions={
          canManage ? (
            <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
              New team
            </button>
          ) : undefined
        }
      />
      <ErrorBanner error={teams.error ?? remove.error} />
      <DataTable columns={columns} rows={teams.data?.items} rowKey={(t) => t.id} empty="No teams yet." />
      <Dialog
        title={editing === 'new' ? 'New team' : `Edit ${editing?.name ?? 'team'}`}
        open={editing !== null}
        onClose={() => setEditing(null)}
      >
        {editing ? (
          <TeamForm
            key={editing === 'new' ? 'new' : editing.id}
            team={editing === 'new' ? undefined : editing}
            onDone={() => setEditing(null)}
          />
        ) : null}
      </Dialog>
    </>
  );
}
