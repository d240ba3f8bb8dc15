import { WaitingList } from '@/features/admin/components/waiting-list';

export function AdminWaitingRoute() {
  return (
    <section aria-labelledby="waiting-title">
      <title>Waiting too long · MedOnDoor</title>
      <h1 id="waiting-title">Waiting too long</h1>
      <p className="muted">Bookings still pending after the service&apos;s limit, oldest first. The list changes by itself as providers accept them.</p>
      <WaitingList />
    </section>
  );
}
