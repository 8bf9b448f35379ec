/** @jsxImportSource preact */
// How a partner is shown everywhere (chart panel, guide, directory, text
// version): card text as text, and only links that schema/links.ts and
// schema/phone.ts allow. Phone links use the international form, the text the
// Belgian grouping.
import type { ComponentChildren } from 'preact';
import { contactsForNode } from '../schema/guide';
import { mailtoHref, safeHref } from '../schema/links';
import { parseBelgianPhone, telHref } from '../schema/phone';
import type { Card, FlowNode, Partner } from '../schema/types';
import { tr } from './i18n';

/** A link when the address is allowed, plain text otherwise. */
export function Link({ href, children }: { href: string | null; children: ComponentChildren }) {
  if (!href) return <span>{children}</span>;
  const external = href.startsWith('http');
  return external ? (
    <a href={href} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  ) : (
    <a href={href}>{children}</a>
  );
}

/** "vclb-zov.be/contacts": a web address as people read it. */
function shortUrl(url: string): string {
  return url.replace(/^https?:\/\/(www\.)?/i, '').replace(/\/$/, '');
}

function PhoneList({ partner }: { partner: Partner }) {
  const phones = partner.phones ?? [];
  if (!phones.length) return null;
  return (
    <ul class="phones">
      {phones.map((phone) => (
        <li key={phone.number}>
          <Link href={telHref(phone.number)}>
            {parseBelgianPhone(phone.number)?.display ?? phone.number}
          </Link>
          {phone.label && ` (${phone.label})`}
        </li>
      ))}
    </ul>
  );
}

/** Organisation, service, numbers, e-mail and website of one partner. */
export function PartnerCard({ partner }: { partner: Partner }) {
  const web = safeHref(partner.website);
  return (
    <div class="partner">
      <strong>{partner.organisation}</strong>
      {partner.service && <span class="service">{partner.service}</span>}
      <PhoneList partner={partner} />
      {partner.email && (
        <div>
          <Link href={mailtoHref(partner.email)}>{partner.email}</Link>
        </div>
      )}
      {partner.website && (
        <div class="web">
          <Link href={web}>{web ? shortUrl(web) : partner.website}</Link>
        </div>
      )}
      {partner.note && <p class="note">{partner.note}</p>}
    </div>
  );
}

/** The roles a step names, each with the partners that fill it in the region. */
export function RoleContacts(props: { card: Card; node: FlowNode; region: string | undefined }) {
  const contacts = contactsForNode(props.card, props.node, props.region);
  if (!contacts.length) return null;
  return (
    <div class="contacts">
      {contacts.map(({ role, partners }) => (
        <div key={role.id} class="role">
          <div class="role-name">{role.name}</div>
          {partners.length ? (
            partners.map((p) => <PartnerCard key={p.id} partner={p} />)
          ) : (
            <p>{tr('geen partner in deze regio')}</p>
          )}
        </div>
      ))}
    </div>
  );
}
