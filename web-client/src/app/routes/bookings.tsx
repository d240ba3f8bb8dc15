import { PatientBookings } from '@/features/bookings/components/patient-bookings';

export function BookingsRoute() {
  return (
    <section className="patient-page">
      <title>My bookings · MedOnDoor</title>
      <h1>Your bookings</h1>
      <PatientBookings />
    </section>
  );
}
