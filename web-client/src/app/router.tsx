import { useState } from 'react';
import { createBrowserRouter, Navigate, RouterProvider, type RouteObject } from 'react-router';
import { RedirectIfSignedIn, RequireRole } from '@/lib/auth-routes';
import { AppLayout } from './layout';
import { AdminAdminsRoute } from './routes/admin-admins';
import { AdminAuditRoute } from './routes/admin-audit';
import { AdminBookingsRoute } from './routes/admin-bookings';
import { AdminLayout } from './routes/admin-layout';
import { AdminOverdueRoute } from './routes/admin-overdue';
import { AdminProvidersRoute } from './routes/admin-providers';
import { AdminWaitingRoute } from './routes/admin-waiting';
import { BookingRoute } from './routes/booking';
import { BookingsRoute } from './routes/bookings';
import { HomeRoute } from './routes/home';
import { LoginRoute } from './routes/login';
import { NotFoundRoute } from './routes/not-found';
import { PatientLayout } from './routes/patient-layout';
import { ProviderRoute } from './routes/provider';
import { RegisterRoute } from './routes/register';

export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <HomeRoute /> },
      {
        path: 'login',
        element: (
          <RedirectIfSignedIn>
            <LoginRoute />
          </RedirectIfSignedIn>
        ),
      },
      {
        path: 'register',
        element: (
          <RedirectIfSignedIn>
            <RegisterRoute />
          </RedirectIfSignedIn>
        ),
      },
      {
        path: 'bookings',
        element: (
          <RequireRole role="USER">
            <PatientLayout />
          </RequireRole>
        ),
        children: [
          { index: true, element: <BookingsRoute /> },
          { path: ':bookingId', element: <BookingRoute /> },
        ],
      },
      {
        path: 'provider',
        element: (
          <RequireRole role="PROVIDER">
            <ProviderRoute />
          </RequireRole>
        ),
      },
      {
        path: 'admin',
        element: (
          <RequireRole role="ADMIN">
            <AdminLayout />
          </RequireRole>
        ),
        children: [
          { index: true, element: <Navigate to="providers" replace /> },
          { path: 'providers', element: <AdminProvidersRoute /> },
          { path: 'waiting', element: <AdminWaitingRoute /> },
          { path: 'overdue', element: <AdminOverdueRoute /> },
          { path: 'bookings', element: <AdminBookingsRoute /> },
          { path: 'audit', element: <AdminAuditRoute /> },
          { path: 'admins', element: <AdminAdminsRoute /> },
        ],
      },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

export function AppRouter() {
  const [router] = useState(() => createBrowserRouter(routes));
  return <RouterProvider router={router} />;
}
