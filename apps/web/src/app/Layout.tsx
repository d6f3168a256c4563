import { useQueryClient } from '@tanstack/react-query';
import { Outlet, useLocation, useNavigate } from '@tanstack/react-router';
import { api } from '../api/client.ts';
import { Footer } from '../components/govuk/Footer.tsx';
import { GenericHeader } from '../components/govuk/GenericHeader.tsx';
import { LinkProvider } from '../components/govuk/link.tsx';
import { ServiceNavigation } from '../components/govuk/ServiceNavigation.tsx';
import { SkipLink } from '../components/govuk/SkipLink.tsx';
import { canViewData } from '../features/data/datasets.ts';
import { RouterLink } from './RouterLink.tsx';
import { useMe } from './session.ts';

const PUBLIC_PATHS = ['/sign-in', '/accessibility', '/cookies', '/privacy'];

/** The page frame: skip link, council header, service navigation with the signed-in user, and footer. */
export function Layout() {
  const { data: me, isPending } = useMe();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const path = location.pathname;
  const isPublic = PUBLIC_PATHS.includes(path);

  if (!isPending && !me && !isPublic) {
    void navigate({
      href: path === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(location.href)}`,
      replace: true,
    });
  }

  const signOut = async () => {
    await api('/auth/sign-out', { method: 'POST', body: {} });
    queryClient.clear();
    await navigate({ href: '/sign-in' });
  };

  const section = (prefix: string) => (prefix === '/' ? path === '/' : path.startsWith(prefix));
  const navigation = me
    ? [
        { href: '/', text: 'Dashboard', active: section('/') },
        { href: '/plans', text: 'Improvement plan', active: section('/plans') || section('/actions') },
        { href: '/my-actions', text: 'My actions', active: section('/my-actions') },
        { href: '/inspections', text: 'Inspections', active: section('/inspections') },
        { href: '/measures', text: 'Measures', active: section('/measures') },
        { href: '/reports', text: 'Reports', active: section('/reports') },
        canViewData(me.role) && { href: '/data', text: 'Statutory data', active: section('/data') },
        me.role === 'admin' && { href: '/audit', text: 'Audit log', active: section('/audit') },
      ]
    : [];

  return (
    <LinkProvider component={RouterLink}>
      <SkipLink href="#main-content">Skip to main content</SkipLink>
      <GenericHeader logo={<span className="app-header__council">{me?.authority.name ?? 'Waypoint'}</span>} url="/" />
      <ServiceNavigation
        serviceName="Waypoint"
        serviceUrl="/"
        navigation={navigation}
        navigationLabel="Main menu"
        slots={
          me
            ? {
                end: (
                  <span className="app-signed-in govuk-body-s">
                    {me.displayName} ({me.role.replace('-', ' ')}){' '}
                    <button type="button" className="govuk-link app-link-button" onClick={() => void signOut()}>
                      Sign out
                    </button>
                  </span>
                ),
              }
            : undefined
        }
      />
      <div className="govuk-width-container">
        <main className="govuk-main-wrapper" id="main-content" tabIndex={-1}>
          {isPending ? <p className="govuk-body">Loading…</p> : <Outlet />}
        </main>
      </div>
      <Footer
        meta={{
          items: [
            { href: '/accessibility', text: 'Accessibility statement' },
            { href: '/cookies', text: 'Cookies' },
            { href: '/privacy', text: 'Privacy notice' },
          ],
          text: 'Waypoint: improvement plans and performance for children’s services.',
        }}
        contentLicence={null}
        copyright={null}
      />
    </LinkProvider>
  );
}
