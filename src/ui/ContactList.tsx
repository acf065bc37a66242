import type { Contact } from '../data/schemas';

/** The first number of "+46(0)970 818 706 / +46(0)70 …" as a tel: address, (0) dropped. */
export function telHref(phone: string): string {
  const first = phone.split('/')[0]!.trim();
  return `tel:${first.replace(/\(0\)/g, '').replace(/[^\d+]/g, '')}`;
}

/** The people to call: name, role, organisation, and email and phone as links. */
export function ContactList({
  contacts,
  className = '',
}: {
  contacts: readonly Contact[];
  className?: string;
}) {
  return (
    <ul className={`plain-list contacts ${className}`}>
      {contacts.map((c) => (
        <li key={`${c.name}|${c.email ?? ''}|${c.phone ?? ''}`} className="contact">
          <span className="contact__name">{c.name}</span>
          {c.role ? <span className="contact__role">, {c.role}</span> : null}
          {c.organisation ? <span className="contact__role">, {c.organisation}</span> : null}
          {c.email ? (
            <a className="contact__line" href={`mailto:${c.email}`}>
              {c.email}
            </a>
          ) : null}
          {c.phone ? (
            <a className="contact__line" href={telHref(c.phone)}>
              {c.phone}
            </a>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
