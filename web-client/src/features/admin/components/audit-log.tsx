import { FormError } from '@/components/ui/form-error';
import { Pagination } from '@/components/ui/pagination';
import { errorMessage } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format';
import type { AuditAction } from '@/types/api';
import { useAudit } from '../api/get-audit';

const ACTION_LABELS: Record<AuditAction, string> = {
  CREATE_ADMIN: 'Created an administrator',
  APPROVE_PROVIDER: 'Approved a provider',
  REJECT_PROVIDER: 'Rejected a provider',
  SUSPEND_PROVIDER: 'Suspended a provider',
  REINSTATE_PROVIDER: 'Reinstated a provider',
  READ_BOOKING: "Read a patient's private details",
  RELEASE_OVERDUE: 'Gave an overdue visit to another provider',
  CANCEL_OVERDUE: 'Cancelled an overdue visit',
};

function actionLabel(action: string): string {
  return ACTION_LABELS[action as AuditAction] ?? action;
}

/** Who did what, to whom, when and why; newest first. Append-only: nothing here can be changed. */
export function AuditLog({ page, subject, onPage }: { page: number; subject?: string; onPage: (page: number) => void }) {
  const audit = useAudit(page, subject);
  if (audit.isPending) return <p className="muted">Loading the audit log…</p>;
  if (audit.isError) return <FormError message={`The audit log could not be loaded. ${errorMessage(audit.error)}`} />;
  const { items, size, total } = audit.data;
  return (
    <>
      {items.length === 0 ? (
        <p className="empty">No entries.</p>
      ) : (
        <div className="table-scroll">
          <table className="table" data-testid="audit-log">
            <caption className="visually-hidden">Audit log, newest first</caption>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">What</th>
                <th scope="col">On</th>
                <th scope="col">Reason</th>
              </tr>
            </thead>
            <tbody>
              {items.map((entry) => (
                <tr key={entry.id} data-testid="audit-entry" data-action={entry.action}>
                  <td>{formatDateTime(entry.occurredAt)}</td>
                  <td>{entry.actor?.name ?? <span className="muted">The service</span>}</td>
                  <td>{actionLabel(entry.action)}</td>
                  <td>
                    <code>{entry.subjectId ?? '—'}</code>
                  </td>
                  <td>{entry.reason ?? <span className="muted">—</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination page={page} size={size} total={total} onPage={onPage} label="Audit log pages" />
    </>
  );
}
