import { PageLayout } from '../layouts/page-layout';
import type { TViewContext } from '../view-context';

export function ErrorPage({
  ctx,
  title,
  message,
}: {
  ctx: TViewContext;
  title: string;
  message: string;
}) {
  return (
    <PageLayout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p>{message}</p>
      <p>
        <a href="/">{ctx.t('error.go_home')}</a>
      </p>
    </PageLayout>
  );
}

/** A one-paragraph confirmation ("check your email", "password changed"). */
export function MessagePage(p: {
  ctx: TViewContext;
  title: string;
  message: string;
  link?: { href: string; label: string };
}) {
  return (
    <PageLayout ctx={p.ctx} title={p.title}>
      <div class="panel">
        <h1>{p.title}</h1>
        <p>{p.message}</p>
      </div>
      {p.link ? (
        <p>
          <a href={p.link.href}>{p.link.label}</a>
        </p>
      ) : null}
    </PageLayout>
  );
}
