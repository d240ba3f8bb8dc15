import { Link } from 'react-router';

export function NotFoundRoute() {
  return (
    <section className="narrow">
      <title>Not found · MedOnDoor</title>
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <Link to="/">Go to your home page</Link>.
      </p>
    </section>
  );
}
