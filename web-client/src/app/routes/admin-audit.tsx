import { Link, useSearchParams } from 'react-router';
import { AuditLog } from '@/features/admin/components/audit-log';

export function AdminAuditRoute() {
  const [params, setParams] = useSearchParams();
  const subject = params.get('subject') ?? undefined;
  const page = Math.max(0, Number(params.get('page')) || 0);
  const onPage = (next: number) => {
    const search = new URLSearchParams(params);
    if (next) search.set('page', String(next));
    else search.delete('page');
    setParams(search);
  };
  return (
    <section aria-labelledby="audit-title">
      <title>Audit log · MedOnDoor</title>
      <h1 id="audit-title">Audit log</h1>
      {subject && (
        <p>
          Entries about <code>{subject}</code> only. <Link to="/admin/audit">Show all entries</Link>
        </p>
      )}
      <AuditLog page={page} subject={subject} onPage={onPage} />
    </section>
  );
}
