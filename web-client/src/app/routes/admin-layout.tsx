import { NavLink, Outlet } from 'react-router';
import { LiveIndicator } from '@/components/ui/live-indicator';
import { useAdminBookingsStream, useWaitingBookings } from '@/features/admin/api/waiting-bookings';

/**
 * The administrator's console: its sections, and the bookings stream kept open across them so that
 * the count of bookings waiting too long stays live on every page.
 */
export function AdminLayout() {
  const status = useAdminBookingsStream();
  const waiting = useWaitingBookings().data?.filter((booking) => !booking.notice).length;
  return (
    <div className="page">
      <div className="page__status">
        <LiveIndicator status={status} />
      </div>
      <nav aria-label="Administration" className="admin-nav">
        <ul className="tabs">
          <li>
            <NavLink to="/admin/providers" className="tabs__tab">
              Providers
            </NavLink>
          </li>
          <li>
            <NavLink to="/admin/waiting" className="tabs__tab">
              Waiting too long{waiting ? ` (${waiting})` : ''}
            </NavLink>
          </li>
          <li>
            <NavLink to="/admin/overdue" className="tabs__tab">
              Overdue visits
            </NavLink>
          </li>
          <li>
            <NavLink to="/admin/bookings" className="tabs__tab">
              Bookings
            </NavLink>
          </li>
          <li>
            <NavLink to="/admin/audit" className="tabs__tab">
              Audit log
            </NavLink>
          </li>
          <li>
            <NavLink to="/admin/admins" className="tabs__tab">
              Administrators
            </NavLink>
          </li>
        </ul>
      </nav>
      <Outlet />
    </div>
  );
}
