import { CreateAdminForm } from '@/features/admin/components/create-admin-form';

export function AdminAdminsRoute() {
  return (
    <section aria-labelledby="admins-title" className="narrow">
      <title>Administrators · MedOnDoor</title>
      <h1 id="admins-title">Create an administrator</h1>
      <p className="muted">They can verify and suspend providers, read patients&apos; private details (audited) and create administrators too.</p>
      <CreateAdminForm />
    </section>
  );
}
