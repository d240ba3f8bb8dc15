import { Link, Navigate } from 'react-router';
import { homeFor } from '@/lib/auth-routes';
import { useSession } from '@/lib/session';

/** `/`: a signed-in person's home; for anyone else, what MedOnDoor is and how to start. */
export function HomeRoute() {
  const session = useSession();
  if (session) return <Navigate to={homeFor(session.user.role)} replace />;
  return <Landing />;
}

function Landing() {
  return (
    <div className="landing" data-testid="landing">
      <title>MedOnDoor · Care at home, booked in minutes</title>
      <section className="landing__hero" aria-labelledby="landing-title">
        <h1 id="landing-title">Care at home, booked in minutes</h1>
        <p className="landing__lead">
          Book a doctor, a nurse or a medicine delivery to your home, as soon as possible or in a time window that suits you.
          Verified providers nearby take your visit, and you follow it live: accepted, on the way, arrived.
        </p>
        <div className="button-row">
          <Link to="/register" className="button">
            Book a visit
          </Link>
          <Link to="/login" className="button button--secondary">
            Log in
          </Link>
        </div>
        <p className="muted">Booking a visit starts with signing up: a name, an email address and a password.</p>
      </section>
      <ul className="landing__points">
        <li>
          <h2>Doctors and nurses</h2>
          <p>A consultation or a home nursing visit, with only the provider who takes it seeing your address and phone.</p>
        </li>
        <li>
          <h2>Medicine delivery</h2>
          <p>A courier brings your medicines to your door.</p>
        </li>
        <li>
          <h2>Live, step by step</h2>
          <p>See who accepted, when they set off and when they arrive, without reloading the page.</p>
        </li>
      </ul>
      <section className="card landing__providers" aria-labelledby="providers-title">
        <h2 id="providers-title">For doctors, nurses and couriers</h2>
        <p>Jobs near you appear live while you are on duty; claim the ones that fit your day. We check your licence or identity first.</p>
        <Link to="/register?role=provider" className="button button--secondary">
          Work with us
        </Link>
      </section>
    </div>
  );
}
