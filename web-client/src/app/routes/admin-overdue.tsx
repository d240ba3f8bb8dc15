import { useSearchParams } from 'react-router';
import { OverdueList } from '@/features/admin/components/overdue-list';

export function AdminOverdueRoute() {
  const [params, setParams] = useSearchParams();
  const page = Math.max(0, Number(params.get('page')) || 0);
  return (
    <section aria-labelledby="overdue-title">
      <title>Overdue visits · MedOnDoor</title>
      <h1 id="overdue-title">Overdue visits</h1>
      <p className="muted">
        Visits a provider still holds well past their time, most overdue first. Release one for another provider, or cancel it; either way say why.
      </p>
      <OverdueList page={page} onPage={(next) => setParams(next ? { page: String(next) } : {})} />
    </section>
  );
}
