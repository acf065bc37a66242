import type { Contact } from '../data/schemas';
import { mayBeOutOfDate } from '../domain/catalogue/provenance';
import { contactLine } from '../domain/catalogue/record-text';
import { useI18n } from '../i18n';

/** The first number of "+46(0)970 818 706 / +46(0)70 …" as a tel: address, (0) dropped. */
export function telHref(phone: string): string {
  const first = phone.split('/')[0]!.trim();
  return `tel:${first.replace(/\(0\)/g, '').replace(/[^\d+]/g, '')}`;
}

/**
 * The people to call: name, role and organisation on one line, then email and phone as links, and
 * each contact's note, and a note when the details are older than two years (people move on).
 */
export function ContactList({
  contacts,
  dated,
  className = '',
}: {
  contacts: readonly Contact[];
  /** When the contacts were stated: the report's year, or the date of the change that set them. */
  dated: string;
  className?: string;
}) {
  const { t, language } = useI18n();
  return (
    <>
      <ul className={`plain-list contacts ${className}`}>
        {contacts.map((c) => {
          const { name, rest } = contactLine(c);
          return (
            <li key={`${c.name}|${c.email ?? ''}|${c.phone ?? ''}`} className="contact">
              <span className="contact__who">
                <span className="contact__name">{name}</span>
                {rest}
              </span>
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
              {c.note ? <span className="contact__note">{c.note[language]}</span> : null}
            </li>
          );
        })}
      </ul>
      {mayBeOutOfDate(dated) ? (
        <p className="record-year">{t('record.contactsOld', { date: dated })}</p>
      ) : null}
    </>
  );
}
