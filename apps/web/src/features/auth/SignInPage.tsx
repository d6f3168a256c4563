import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { api } from '../../api/client.ts';
import { AppPage } from '../../app/AppPage.tsx';
import { Button } from '../../components/govuk/Button.tsx';
import { ErrorSummary } from '../../components/govuk/ErrorSummary.tsx';
import { Input } from '../../components/govuk/Input.tsx';
import { text, useFormSubmit } from '../../lib/forms.ts';

/** Sign in with email and password. Paste and password managers work (WCAG 2.2, 3.3.8). */
export function SignInPage() {
  const form = useFormSubmit();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const search = useSearch({ strict: false }) as { next?: string };
  const onSubmit = async (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const ok = await form.submit(() =>
      api('/auth/sign-in', { body: { email: text(data, 'email'), password: String(data.get('password') ?? '') } }),
    );
    if (ok) {
      await queryClient.invalidateQueries();
      const next = search.next?.startsWith('/') && !search.next.startsWith('//') ? search.next : '/';
      await navigate({ href: next });
    }
  };
  return (
    <AppPage
      title="Sign in to Waypoint"
      wide={false}
      hasErrors={form.hasErrors}
      before={form.hasErrors && <ErrorSummary key={form.errors.attempt} errorList={form.errors.summary} />}
    >
      <form onSubmit={onSubmit} noValidate>
        <Input
          name="email"
          type="email"
          autocomplete="username"
          spellcheck={false}
          label={{ text: 'Email address' }}
          errorMessage={form.message('email')}
        />
        <Input
          name="password"
          type="password"
          autocomplete="current-password"
          label={{ text: 'Password' }}
          errorMessage={form.message('password')}
        />
        <Button preventDoubleClick disabled={form.pending}>
          Sign in
        </Button>
      </form>
      <p className="govuk-body">If you have forgotten your password, ask your Waypoint administrator to reset it.</p>
    </AppPage>
  );
}
